# re: Pattern.scanner, re.Scanner, long subjects and deep backtracking without native recursion.
import re

sc = re.compile(r'\d+|\s+').scanner('12 345x6')
print(type(sc).__name__, type(sc).__module__, sc.pattern.pattern)
print(sc.match(), sc.match(), sc.match(), sc.match(), sc.match())
sc = re.compile(r'\d+').scanner('a1b22c333', 2)
print(sc.search(), sc.search(), sc.search(), sc.search())
sc = re.compile(r'').scanner('ab')
print([m.span() for m in iter(sc.search, None)])
sc = re.compile(r'a|').scanner('bab', 0, 2)
print([(m.span(), m.pos, m.endpos) for m in iter(sc.match, None)])
try:
    type(sc)()
except TypeError as e:
    print('TypeError', e)

scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', lambda s, tok: ('IDENT', tok)),
    (r'\d+(\.\d*)?', lambda s, tok: ('NUM', float(tok))),
    (r'[+*/=-]', lambda s, tok: ('OP', tok)),
    (r'\s+', None),
])
print(scanner.scan('x = 3.5 * y2 - 7 $ rest'))

# long subjects and long matches: no native recursion in the engine
s = 'a' * 200000
print(re.match(r'(a)*', s).span(), re.match(r'(?:a|b)*', s).span(), re.match(r'(a|b)*?$', s).span())
print(re.fullmatch(r'(?:(a)|b)+', s).span(1), len(re.findall(r'a', s)), len(re.sub('a', 'bb', s)))
print(re.search(r'(a+)+b', 'a' * 20 + 'b').span())
print(re.match(r'(?:x*)*y', 'x' * 5000 + 'y').span())
print(len(re.split(r'(?<=a)', 'a' * 10000)))
t = ('é' * 1000 + ' ') * 50
print(len(re.findall(r'\w+', t)), re.search(r'é $', t).span(), re.findall(r'\s', t)[:2])
print([m.span() for m in re.finditer(r'é{1000}', t)][-1])
