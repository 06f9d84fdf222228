# re: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, UNICODE, LOCALE and inline flags.
import re

def show(m):
    print(None if m is None else (m.span(), m.group()))

show(re.search('HELLO', 'say hello', re.IGNORECASE))
show(re.search('[A-Z]+', 'abc', re.I))
show(re.search('ß', 'STRASSE', re.I))
show(re.search('ǅ', 'ǆ', re.I))
show(re.search('Σ', 'ς', re.I))
show(re.search('k', '\u212a', re.I))
show(re.search('k', '\u212a', re.I | re.A))
show(re.search('[k-l]', '\u212a', re.I))
show(re.search(r'\w+', 'héllo', re.A))
show(re.search(r'\w+', 'héllo'))
show(re.search(r'\d', '\u0663'))
show(re.search(r'\d', '\u0663', re.ASCII))
show(re.search(r'(?i)abc', 'ABC'))
show(re.search(r'a(?i:b)c', 'aBc'))
show(re.search(r'a(?i:b)c', 'aBC'))
show(re.search(r'(?-i:a)b', 'aB', re.I))
show(re.search(r'(?a)\w+', 'ñandú'))

s = 'one\ntwo\nthree'
print(re.findall(r'^\w+', s), re.findall(r'^\w+', s, re.M))
print(re.findall(r'\w+$', s), re.findall(r'\w+$', s, re.M))
print(re.findall(r'(?m)^t\w+$', s))
show(re.search(r'one.two', s))
show(re.search(r'one.two', s, re.DOTALL))
show(re.search(r'(?s)e.t', s))

p = re.compile(r'''
    (?P<int>\d+)    # integer part
    (?:\.(?P<frac>\d*))?   # fraction
    \ x  [ ]y       # escaped and class spaces
''', re.VERBOSE)
show(p.match('12.5 x y'))
show(re.match(r'(?x) a b # c', 'ab'))

for f in [re.I, re.M, re.S, re.X, re.A, re.U, re.I | re.M, re.A | re.I | re.S]:
    print(re.compile('x', f).flags, re.compile(b'x', f & ~re.U).flags if f & re.U == 0 else '-')
print(re.compile('(?ims)x').flags, re.compile('(?x)x').flags)
print(int(re.I), re.I | re.M, re.NOFLAG if hasattr(re, 'NOFLAG') else 0)

# incompatible flags
for pat, flags in [('x', re.A | re.U), ('x', re.L), (b'x', re.U), ('(?L)x', 0), ('(?au)x', 0), (b'(?u)x', 0)]:
    try:
        re.compile(pat, flags)
        print('ok', pat, flags)
    except ValueError as e:
        print('ValueError', e)
    except re.error as e:
        print('error', e)
print(re.compile(b'x', re.L).flags, re.compile(b'(?L)\\w', 0).match(b'a'))
show(re.match(b'(?i)ABC', b'abc'))
show(re.match(b'\\w+', 'é'.encode('latin-1')))
