# re: bytes patterns over bytes, bytearray and memoryview subjects, and mixing errors.
import re

p = re.compile(rb'(\w+)=(\d+)')
for subj in [b'k=12 x=3', bytearray(b'k=12 x=3'), memoryview(b'k=12 x=3')]:
    m = p.search(subj)
    print(type(subj).__name__, m, m.groups(), type(m.group()).__name__, type(m.string).__name__)
    print(p.findall(subj), p.sub(lambda m: m[2] + b':' + m[1], subj), p.sub(b'#', subj), p.split(subj))
    print([m.span() for m in p.finditer(subj)])
print(re.match(rb'\xff+', b'\xff\xfe'), re.match(b'.', b'\n'), re.match(b'(?s).', b'\n'))
print(re.findall(rb'\w', bytes(range(40, 256, 9))))
print(re.findall(rb'(?i)[a-z]', b'AbC\xc9\xe9'))
print(re.findall(rb'\s', b' \t\n\r\x0b\x0c\x1c\x85\xa0'))
print(re.findall(rb'\d', b'12\xb2'))
print(re.compile(b'a').pattern, re.compile(b'a').search(b'xa').re.pattern)
print(re.escape(b'a.b\xff'))

# the subject type must match the pattern type
for pat, subj in [('a', b'a'), (b'a', 'a'), ('a', bytearray(b'a')), (b'a', 1), ('a', None), ('a', ['a'])]:
    for f in ('match', 'search', 'findall', 'split', 'finditer', 'fullmatch'):
        try:
            getattr(re.compile(pat), f)(subj)
        except TypeError as e:
            print(f, 'TypeError', e)
for pat, repl, subj in [('a', 'x', b'a'), (b'a', b'x', 'a')]:
    try:
        re.sub(pat, repl, subj)
    except TypeError as e:
        print('sub TypeError', e)
try:
    re.compile(b'a').sub(b'x', 'a')
except TypeError as e:
    print('TypeError', e)

# a bytearray changed later does not change a match taken from it
ba = bytearray(b'hello')
m = re.search(b'l+', ba)
ba[2:4] = b'LL'
print(m.group(), m.span(), m.string)

# str subclasses and bytes subclasses are accepted
class S(str):
    pass
class B(bytes):
    pass
m = re.search('b', S('abc'))
print(m, type(m.string).__name__, type(m.group()).__name__)
m = re.search(b'b', B(b'abc'))
print(m, type(m.string).__name__, type(m.group()).__name__)
print(re.sub('a', S('x'), 'banana'), re.sub(S('a'), 'x', S('banana')))
