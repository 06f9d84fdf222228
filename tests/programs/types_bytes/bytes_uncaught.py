# binary record parsing that ends with an uncaught ValueError (exit status 1)


def checksum(data):
    total = 0
    for byte in data:
        total = (total + byte) & 0xFF
    return total


def pack(records):
    out = bytearray()
    for tag, payload in records:
        if len(payload) > 255:
            raise ValueError("payload too long")
        out.append(tag)
        out.append(len(payload))
        out += payload
    out.append(checksum(out))
    return bytes(out)


def unpack(blob):
    body, check = blob[:-1], blob[-1]
    if checksum(body) != check:
        raise ValueError("bad checksum: expected %#04x, got %#04x" % (checksum(body), check))
    records = []
    i = 0
    while i < len(body):
        tag, length = body[i], body[i + 1]
        records.append((tag, body[i + 2 : i + 2 + length]))
        i += 2 + length
    return records


blob = pack([(1, b"hello"), (2, b""), (3, bytes(range(5)))])
print(blob, len(blob), blob.hex(" "))
print(unpack(blob))
try:
    pack([(9, bytes(300))])
except ValueError as e:
    print("caught:", e)
corrupted = bytearray(blob)
corrupted[3] ^= 0x20
print(bytes(corrupted))
print("unpacking corrupted data")
print(unpack(bytes(corrupted)))
print("not reached")
#
#
#
#
