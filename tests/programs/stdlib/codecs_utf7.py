# UTF-7 through _codecs: round trips, shift sequences, error handlers, incremental decoding.
import codecs
samples = ["", "a+b", "hello world", "é", "A≢Α.", "Hi Mom -☺-!", "日本語", "\U0001F600x", "~\\", "a-b+c", "\udc80", "x\n\ty", "1+1=2", "+-+"]
for s in samples:
    e = s.encode("utf-7")
    print(repr(s), e, repr(e.decode("utf-7")))
for b in [b"+", b"+A", b"+AG", b"+AGE", b"+AGE-x", b"+-", b"a\x80b", b"+!", b"+ZeVnLIqe-", b"+2D3eAA-", b"+2D0-", b"+AGEA-"]:
    for errors in ["strict", "replace", "ignore"]:
        try:
            print(b, errors, repr(b.decode("utf-7", errors)))
        except UnicodeDecodeError as x:
            print(b, errors, "UnicodeDecodeError", x)
d = codecs.getincrementaldecoder("utf-7")()
print([d.decode(bytes([c])) for c in b"a+ZeVnLIqe-b"], repr(d.decode(b"", True)))
print(codecs.utf_7_decode(b"+AGE", "strict", False), codecs.utf_7_decode(b"ab+AG", "strict", False))
