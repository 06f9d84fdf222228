# What sits on binascii: the bytes-to-bytes codecs, quopri and uu-style helpers.
import codecs
import io
import quopri

for name in ["base64", "base64_codec", "hex", "hex_codec", "uu", "quopri"]:
    enc = codecs.encode(b"hello world\n\xff\x00", name)
    print(name, enc, codecs.decode(enc, name))
print(quopri.encodestring(b"caf\xe9 = ok \nline two\t\n"))
print(quopri.decodestring(b"caf=E9 =3D ok=20\nsoft=\nbreak"))
print(quopri.encodestring(b"subject with spaces", header=True))
out = io.BytesIO()
quopri.encode(io.BytesIO(b"a" * 100 + b"\n"), out, quotetabs=True)
print(out.getvalue())
print(codecs.decode(b"68656c6c6f", "hex"), codecs.decode("aGVsbG8=\n".encode(), "base64"))
