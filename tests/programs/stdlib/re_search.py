# re: match, fullmatch and search, with pos/endpos, anchors and empty matches.
import re

def show(m):
    print(None if m is None else (m.span(), m.group(), m.pos, m.endpos))

p = re.compile(r'\d+')
for s in ['abc123def', '42', '', 'x', '007 and 8']:
    show(p.match(s))
    show(p.search(s))
    show(p.fullmatch(s))

# pos and endpos
s = 'ab12cd345ef'
show(p.search(s, 3))
show(p.search(s, 4))
show(p.search(s, 0, 3))
show(p.search(s, -5))
show(p.search(s, 100))
show(p.search(s, 2, -1))
show(p.match(s, 2))
show(p.match(s, 2, 3))
show(p.fullmatch(s, 2, 4))
show(p.fullmatch(s, 2, 5))
show(p.search(string=s, pos=5, endpos=8))
show(re.compile('').match('abc', 2, 1))

# anchors
show(re.search(r'^b', 'ab'))
show(re.compile(r'^b').search('ab', 1))
show(re.compile(r'\Ab').search('ab', 1))
show(re.search(r'c$', 'abc\n'))
show(re.search(r'c\Z', 'abc\n'))
show(re.search(r'\bfoo\b', 'a foo.'))
show(re.search(r'\Bo\B', 'foo boo'))
show(re.compile(r'c$').search('abcd', 0, 3))

# alternation, repeats, greedy and lazy
show(re.match(r'a|ab|abc', 'abc'))
show(re.fullmatch(r'a|ab|abc', 'abc'))
show(re.match(r'a*?b', 'aaab'))
show(re.match(r'a{2,3}', 'aaaa'))
show(re.match(r'a{2,3}?', 'aaaa'))
show(re.match(r'(?:ab)+', 'ababx'))
show(re.match(r'.*', 'line1\nline2'))
show(re.search(r'x*', 'aaa'))
show(re.match(r'[^abc]+', 'xyzabc'))
show(re.match(r'[a-c-]+', 'a-b-cd'))
show(re.search(r'\s+\S', 'ab \t c'))
show(re.search(r'\W', 'ab_c!'))

# module-level functions take flags, compiled patterns pass through
show(re.search('B', 'abc', re.I))
show(re.match(p, '99'))
try:
    re.match(p, '99', re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.match(1, 'a')
except TypeError as e:
    print('TypeError', e)

# errors in arguments
for args in [(), (1,), ('a', 'x'), ('a', 0, 'y')]:
    try:
        p.search(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    p.match('a', foo=1)
except TypeError as e:
    print('TypeError', e)
