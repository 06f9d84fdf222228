# re: non-ASCII subjects (indices are code points), Unicode classes and lone surrogates.
import re

s = 'naïve café — 東京 😀 end'
for m in re.finditer(r'\w+', s):
    print(m.span(), m.group(), s[m.start():m.end()] == m.group())
print(re.search('😀', s).span(), re.search('東京', s).span())
print(re.sub(r'[^\x00-\x7f]', '?', s))
print(re.sub(r'(\w+)', r'<\1>', s))
print(re.split(r'\s+', s))
print(re.findall(r'.', '😀a😀'))
print(re.compile(r'\w').search(s, 7).span(), re.compile(r'\w').search(s, 7, 9))
print(re.match(r'.{3}', 'ééé€').group())
print(re.search(r'(?<=é)x', 'aéx').span(), re.search(r'(?<=😀)x', '😀x').span())
print(re.fullmatch(r'[à-ÿ]+', 'àéîõü'), re.fullmatch(r'[^à-ÿ]+', 'abc'))
print(re.search(r'\bé', 'x é').span())
print(re.findall(r'\d+', '١٢٣ and 456 and ４５'))
print(re.findall(r'\s', ' \u2003\u3000\x1c\t'))
print(re.findall(r'\S+', 'a\u2003b'))
print(re.match(r'\w+', 'ǅungla').group(), re.match(r'\w+', 'x\u0301y').group())
print(re.findall(r'(?i)straße', 'STRAßE straße'))
print(re.findall(r'(?i)[α-ω]+', 'ΑΒΓ δεζ'))
print(re.findall(r'(?i)ΐ', 'ΐ \u1fd3'))
print(re.escape('a.b*c—é'), re.match(re.escape('1+1=2?'), '1+1=2?').group())
print(re.match(r'\u00e9\U0001F600\x41', 'é😀A'))

# lone surrogates are code points like any other
t = 'a\ud800b\udc00c'
print(len(t), re.search('\ud800', t).span(), re.findall(r'[\ud800-\udfff]', t) == ['\ud800', '\udc00'])
print(re.split('\udc00', t) == ['a\ud800b', 'c'], re.sub('[a-c]', '', t) == '\ud800\udc00')
print(re.match(r'.+', t).span())
print(re.search('\ud83d\ude00', '\ud83d\ude00').span(), re.search('😀', '\ud83d\ude00'))
