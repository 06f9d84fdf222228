# re: sub and subn with literal, template and callable replacements, counts and errors.
import re

print(re.sub(r'\d', '#', 'a1b22c333'))
print(re.sub(r'\d', '#', 'a1b22c333', 2))
print(re.sub(r'\d', '#', 'a1b22c333', count=4))
print(re.subn(r'\d+', '<>', 'a1b22c333'))
print(re.subn(r'\d+', '<>', 'none'))
print(re.sub(r'x*', '-', 'abxd'))
print(re.sub(r'(?:)', '.', 'abc'))
print(re.sub(r'\b', '|', 'hi there'))
print(re.subn('', '', ''))
print(re.sub('a', '', 'banana'))

# templates
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home, ann@work'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>=\g<k>;\g<0>', 'a=1 b=2'))
print(re.sub(r'(a)', r'\1\n\t\\', 'xa'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'a', r'\0', 'a'))
print(re.sub(r'a', r'\07', 'a') == '\x07')
print(re.sub(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', r'\11\10', 'abcdefghijk'))
for bad in [r'\2', r'\g<x>', r'\g<', r'\g<1a>', '\\', r'\q']:
    try:
        print(re.sub(r'(a)', bad, 'a'))
    except re.error as e:
        print('error', e)
    except IndexError as e:
        print('IndexError', e)

# callables, None results, and what they may return
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333'))
print(re.sub(r'\w', lambda m: None, 'ab-cd'))
print(re.subn(r'(?P<w>\w+)', lambda m: m['w'][::-1], 'hello big world', count=2))
seen = []
def rec(m):
    seen.append((m.span(), m.pos, m.endpos, m.string))
    return '.'
print(re.sub('b', rec, 'abcb'), seen)
for repl in [lambda m: 1, lambda m: b'x']:
    try:
        re.sub('a', repl, 'xa')
    except TypeError as e:
        print('TypeError', e)
try:
    re.sub('a', 1, 'xa')
except TypeError as e:
    print('TypeError', e)
def boom(m):
    raise KeyError('boom')
try:
    re.sub('a', boom, 'a')
except KeyError as e:
    print('KeyError', e)

# a callable replacement may itself use re
print(re.sub(r'\[(.*?)\]', lambda m: re.sub(r'\s+', '_', m.group(1)), 'x [a b  c] y [d e]'))

# bytes
print(re.sub(rb'(\d)', rb'<\1>', b'a1b2'))
print(re.sub(rb'\d', lambda m: bytearray(b'#'), b'a1b2'))
print(re.subn(b'a', memoryview(b'z'), b'aXa'))
try:
    re.sub(rb'a', lambda m: 'x', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub(rb'a', 'x', b'a')
except TypeError as e:
    print('TypeError', e)

# negative and huge counts
print(re.sub('a', 'b', 'aaa', -1))
print(re.sub('a', 'b', 'aaa', 10**6))
p = re.compile('a')
print(p.sub(repl='x', string='banana', count=1))
try:
    p.sub('x')
except TypeError as e:
    print('TypeError', e)
