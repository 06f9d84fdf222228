import _string
for s in ['a{{b}}c{0!r:>{w}}d{x.y[0]:3}', '{', '}', 'a}b', '{0', '{0!', '{0!rx}', '{!r}', '{}',
          'x{0[}', '{a{b}c}', '{0!r', '{:{}}', '', 'abc', '{[}]}', 'ab{0}}', 'é{0}ü{{', '{0:{1}{2}}x']:
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for s in ['a.b[0][x]', '0.x', '', '[0]', 'a.', 'a[', 'a[0]x', 'a..b', '12', '-1', '0[1].2', 'a[]', '00']:
    try:
        f, r = _string.formatter_field_name_split(s)
        print(repr(s), repr(f), list(r))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
f, r = _string.formatter_field_name_split('a[0]x')
print(next(r))
try:
    next(r)
except ValueError as e:
    print(e)
print(type(_string.formatter_parser('')).__name__, type(_string.formatter_field_name_split('a')[1]).__name__)
try:
    _string.formatter_parser(1)
except TypeError as e:
    print(e)
