# re: groups, named groups, defaults, spans, lastindex/lastgroup, regs and group errors.
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?: (?P<mid>\w+))?', 'Jane Doe')
print(m.group(), m.group(0), m.group(1), m.group(2, 1), m.group('first', 'last'))
print(m.groups(), m.groups('-'), m.groups(default=0))
print(m.groupdict(), m.groupdict('?'), m.groupdict(default=''))
print(m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span('mid'), m.start(3))
print(m.lastindex, m.lastgroup, m.regs, m.pos, m.endpos)
print(m[0], m[1], m['last'], m[3])
print(m.re.pattern, m.string, m.re.groups, m.re.groupindex)
print(type(m.re.groupindex).__name__, dict(m.re.groupindex))
try:
    m.re.groupindex['x'] = 1
except TypeError as e:
    print('TypeError', e)

for g in [4, -1, 'nope', 1.0, None, [1]]:
    for f in (m.group, m.start, m.end, m.span, m.__getitem__):
        try:
            print(f(g))
        except (IndexError, TypeError) as e:
            print(type(e).__name__, e)

# bools and other __index__ objects are group numbers
class I:
    def __index__(self):
        return 2
print(m.group(True), m.group(False), m.group(I()), m[I()])

# nested and repeated groups: the last iteration wins
m = re.match(r'((a)|(b))+', 'abab')
print(m.groups(), m.lastindex, m.regs)
m = re.match(r'(a(b(c)))(d)?', 'abc')
print(m.groups(), m.lastindex, m.lastgroup, m.span(3), m.span(4))
m = re.match(r'(?P<a>x)(?P<b>y)?', 'x')
print(m.lastindex, m.lastgroup)
m = re.match(r'(x)(?P<n>y)', 'xy')
print(m.lastindex, m.lastgroup)
m = re.match(r'x', 'x')
print(m.lastindex, m.lastgroup, m.groups(), m.groupdict(), m.regs)
m = re.match(r'(a)|b', 'b')
print(m.groups(), m.lastindex, m.span(1), m.group(1))
m = re.match(r'()', 'x')
print(m.groups(), m.span(1))

# expand
m = re.match(r'(?P<a>\w)(\w)?', 'x')
print(m.expand(r'[\1|\g<a>|\2|\g<0>]'))
try:
    m.expand(r'\9')
except re.error as e:
    print('error', e)

# a pattern with many groups
p = re.compile(''.join('(%s)' % chr(97 + i % 26) for i in range(120)))
s = ''.join(chr(97 + i % 26) for i in range(120))
m = p.match(s)
print(m.lastindex, m.group(100), m.span(120), len(m.groups()))
print(re.sub(p, r'\g<120>\g<99>', s))

# match objects are truthy, copy as themselves, and are not instantiable
m = re.match('a', 'a')
print(bool(m), m.__copy__() is m, m.__deepcopy__({}) is m)
try:
    type(m)()
except TypeError as e:
    print('TypeError', e)
print(re.Match[str], re.Pattern[bytes])
