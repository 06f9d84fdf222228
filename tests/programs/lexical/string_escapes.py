# Escape sequences in str literals and the errors they can raise at compile time.

samples = [
    "a\nb", "tab\there", "back\\slash", 'single\'quote', "double\"quote",
    "\a\b\f\v\r", "nul\0x", "\x41\x62\x7a", "\101\102\103", "\7\77\777",
    "\u00e9\u4e2d", "\U0001F600", "\N{LATIN SMALL LETTER E WITH ACUTE}",
    "\N{GREEK CAPITAL LETTER OMEGA}\N{EM DASH}", "\N{latin small letter a}",
    "\ud800", "\udfff", "\x00\x7f\x80\xff",
]
for s in samples:
    print(repr(s), len(s), [ord(c) for c in s][:6])

# Line continuation inside a string literal.
s = "abc\
def"
print(repr(s))

# Unrecognised escapes are kept literally (with a DeprecationWarning at compile time).
for src in [r'"\q"', r'"\d\w"', r'"\ "']:
    print(src, repr(eval(compile(src, "<s>", "eval", dont_inherit=True))))

def check(src):
    try:
        value = eval(src)
    except SyntaxError as e:
        print(src, "->", type(e).__name__, e.msg)
    else:
        print(src, "->", ascii(value))

for src in [
    r'"\x4"',
    r'"\x"',
    r'"\xZZ"',
    r'"\u12"',
    r'"\U0001F60"',
    r'"\U00110000"',
    r'"\N{BOGUS NAME}"',
    r'"\N{}"',
    r'"\N"',
    r'"\400"',
    r'"\0000"',
    r'"\1234"',
    r'"\N{DIGIT ONE}\N{SPACE}"',
    r'"a\\"',
]:
    check(src)

print("\x41" == "A", "\101" == "A", "\u0041" == "A", "\N{LATIN CAPITAL LETTER A}" == "A")
print(ascii("caf\u00e9 \U0001F600"), len("\U0001F600"))
