# The base64 module on binascii: standard, urlsafe, b32, b32hex, b16, b85, a85, and its errors.
import base64


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\xfb\xff\xfe"]
for s in samples:
    print(base64.b64encode(s)[:40], base64.urlsafe_b64encode(s)[:40], base64.b64encode(s, altchars=b"-_")[:40])
    print(base64.b32encode(s)[:40], base64.b32hexencode(s)[:40], base64.b16encode(s)[:40])
    print(base64.b85encode(s)[:40], base64.b85encode(s, pad=True)[:40], base64.a85encode(s)[:40])
    print(base64.a85encode(s, foldspaces=True, wrapcol=10, pad=True, adobe=True)[:60])
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.b85decode(base64.b85encode(s)) == s
    assert base64.a85decode(base64.a85encode(s)) == s
    assert base64.a85decode(base64.a85encode(s, adobe=True), adobe=True) == s
print(base64.encodebytes(bytes(range(100))))
print(base64.decodebytes(base64.encodebytes(b"x" * 200)) == b"x" * 200)
print(base64.standard_b64encode(b"abc"), base64.standard_b64decode("YWJj"))
print(base64.b64decode("YW Jj", validate=False), base64.b32decode(b"mzxw6===", casefold=True), base64.b32decode(b"MZXW6YQ=", map01=b"L"))
print(base64.b16decode(b"666f6f", casefold=True))
show(base64.b64decode, "YWJj!", validate=True)
show(base64.b64decode, "YWJ")
show(base64.b32decode, b"MZXW6")
show(base64.b32decode, b"mzxw6===")
show(base64.b16decode, b"666f6")
show(base64.b16decode, b"666f6f")
show(base64.b85decode, b"|NsC0~")
show(base64.a85decode, b"<~abc")
show(base64.b64encode, "text")
import io
out = io.BytesIO()
base64.encode(io.BytesIO(b"stream data " * 10), out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue())
