# Where compile() locates syntax errors that the tokenizer finds: unclosed brackets the parser read
# past, errors inside nested f-string fields, and source bytes that cannot be decoded.
SOURCES = [
    '[interesting\nfoo()\n',
    '[a\nb\nc',
    '"\\\n"(1 for c in I,\\\n\\',
    'f(1 for c in I,\\\n\\',
    'f(1 for c in I, $)',
    "f'''{\nf\"{1_a}\"}'''",
    "f'''{\nf\"{a b}\"}'''",
    "f'''\n{\nf\"\"\"\n{\n(123_a)\n}\n\"\"\"\n}'''",
    "f'{f\"{}\"}'",
    'f"{1_a}"',
    b'# coding: foobar\nx=1\n',
    b'\xef\xbb\xbf#coding: latin1\nx=1\n',
    b'# coding: ascii\nx="\xe9"\n',
    b'# coding: cp1252\nx="\x81"\n',
    b'x=1\0\n',
    b'# -*- coding: iso8859-7 -*-\n\xe1 = 0xI',
    b'# -*- coding: cp437 -*-\n"\xc2\xa2" + f(4, x for x in range(1))\n',
]
for src in SOURCES:
    try:
        compile(src, '<s>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), len(e.args))
