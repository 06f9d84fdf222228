# re: Pattern and Match reprs, attributes, equality and hashing, copies, generics, and re.error.
import re

for pat, flags in [('a+', 0), ('a+', re.I), ('a+', re.I | re.M | re.S | re.X), ('x', re.A),
                   ('x', re.U), (b'x', 0), (b'x', re.L | re.I), ('x', re.DEBUG * 0 | re.T),
                   ("it's", 0), ('a\nb"c\'', 0), ('é😀', 0), ('x' * 300, 0)]:
    p = re.compile(pat, flags)
    print(repr(p), p.flags, p.groups)
print(repr(re.compile('(?i)x')), repr(re.compile('(?a)x')))
print(re.compile('x').pattern, re.compile(b'x').pattern)

m = re.search(r'b+', 'abbbc')
print(repr(m), str(m))
print(repr(re.match('', 'x')), repr(re.match(b'.+', b'\x00\xff')))
print(repr(re.match('.+', 'y' * 100)))
print(repr(re.match('.+', "it's")))
print(repr(re.search('.$', 'é😀')))

# equality and hashing: same source, flags and code
a, b = re.compile('a+'), re.compile('a+')
print(a == b, a != b, hash(a) == hash(b), a == re.compile('a+', re.I), a == re.compile(b'a+'))
print(a == 'a+', a != 1, len({a, b, re.compile('a*')}))
print(re.compile('x', re.I) == re.compile('(?i)x'), re.compile(b'x') == re.compile(b'x'))
print(a.__copy__() is a, a.__deepcopy__({}) is a)
print(re.Pattern, re.Match, re.Pattern.__name__, re.Match.__module__)
print(isinstance(a, re.Pattern), isinstance(a.match('a'), re.Match))
for t in (re.Pattern, re.Match):
    try:
        t()
    except TypeError as e:
        print('TypeError', e)
    try:
        class C(t):
            pass
    except TypeError as e:
        print('TypeError', e)
try:
    a.foo = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    a.pattern = 'b'
except AttributeError as e:
    print('AttributeError', e)
print(re.Pattern[str], re.Match[bytes])

# re.error carries the position
for bad in ['(', 'a)', '[a', 'a**', '(?P<1>x)', '(?P<n>x)(?P<n>y)', r'\x1', '(?z)', 'x{2,1}',
            '(?<=a*)b', '*', r'\p', '(?P=nope)', 'a{1,2}{3}', '[b-a]', '(?#x']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), e.msg, e.pos, e.lineno, e.colno, str(e))
e = re.error('boom', 'pat', 1)
print(e.msg, e.pattern, e.pos, str(e), re.error is re.PatternError if hasattr(re, 'PatternError') else True)
try:
    re.compile('a\n(?P<x', re.X)
except re.error as e:
    print(e, e.lineno, e.colno)

# patterns take weak references; matches and scanners do not
import _weakref
p = re.compile('a')
print(_weakref.ref(p)() is p)
for o in (p.match('a'), p.scanner('a')):
    try:
        _weakref.ref(o)
    except TypeError as e:
        print(e)
