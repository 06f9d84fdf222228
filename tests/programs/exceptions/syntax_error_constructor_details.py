# SyntaxError(msg, details): details is any sequence of 4 to 6 items (filename, lineno, offset,
# text, end_lineno, end_offset); an end line needs an end offset.
for details in [
    ("bad.py", 1, 2),
    ("bad.py", 1, 2, 4, 5, 6, 7),
    ("bad.py", 1, 2, "abcdefg", 1),
    5,
]:
    try:
        SyntaxError("bad bad", details)
    except TypeError as e:
        print("TypeError:", e)

e = SyntaxError("bad bad", ["f.py", 3, 4, "text"])
print(e.args, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
e = SyntaxError("bad bad", ("f.py", 3, 4, "text", 3, 6))
print(e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))
e = SyntaxError("m", ("f.py", 3, 4, "text"), "extra")
print(e.msg, e.filename, e.lineno)
print(SyntaxError().msg, SyntaxError("only").msg)
