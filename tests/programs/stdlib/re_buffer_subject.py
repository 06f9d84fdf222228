import re, array
for typecode in 'bBuhHiIlLfd':
    a = array.array(typecode)
    print(typecode, re.compile(b"bla").match(a), re.compile(b"").match(a).groups())
a = array.array('b', b'xabcx')
m = re.search(b"a(b)c", a)
print(m.span(), m.group(0), m.group(1), m.string is a)
print(re.findall(b".", array.array('B', [65, 66])))
try:
    re.match("a", array.array('b', b'a'))
except TypeError as e:
    print(e)
