# -*- coding: utf-8 -*-
# The encoding declaration above is honoured; source passed as bytes to compile()
# is decoded with the declared encoding (or UTF-8, or per a BOM).

print("déjà vu", len("déjà vu"), "\u00e9" == "é")

def run(source_bytes):
    ns = {}
    try:
        exec(compile(source_bytes, "<bytes>", "exec"), ns)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
    else:
        print(ascii(ns.get("s")), len(ns.get("s", "")))

run(b"s = 'caf\xc3\xa9'\n")
run(b"# coding: latin-1\ns = 'caf\xe9'\n")
run(b"# -*- coding: iso-8859-1 -*-\ns = '\xe9\xe8'\n")
run(b"#!/usr/bin/env python\n# vim: set fileencoding=latin-1 :\ns = '\xff'\n")
run(b"\n# coding: latin-1\ns = '\xe9'\n")
run(b"x = 1\n\n# coding: latin-1\ns = 'ok'\n")
run(b"\xef\xbb\xbfs = 'bom \xc3\xa9'\n")
run(b"\xef\xbb\xbf# coding: utf-8\ns = 'bom+decl'\n")
run(b"# coding: ascii\ns = 'plain'\n")
run(b"# coding: utf8\ns = '\xe2\x82\xac'\n")
run(b"# coding=UTF-8\ns = '\xe2\x82\xac'\n")
run(b"# coding: cp1252\ns = '\x80'\n")
run(b"# coding: bogus-encoding\ns = 1\n")
run(b"s = '\xe9'\n")
run(b"# coding: latin-1\n# coding: utf-8\ns = '\xe9'\n")

# A str source ignores any coding declaration: it is already text.
ns = {}
exec("# coding: latin-1\ns = 'é'\n", ns)
print(ascii(ns["s"]))

# Unicode in identifiers, strings and comments of this very file: ünïcödé ✓
café = "variable with an accent"
print(café)
π = 3.14159
print(π * 2)
