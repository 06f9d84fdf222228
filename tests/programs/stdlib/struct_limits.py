import struct
for f in ['99999999999999999999q','9223372036854775807s', '4611686018427387904q']:
  try: print(struct.calcsize(f))
  except Exception as e: print(type(e).__name__, e)
try: struct.pack('100000000000000x')
except Exception as e: print(type(e).__name__, e)
try: struct.unpack_from('i', b'abcd', 2**62)
except Exception as e: print(type(e).__name__, e)
try: struct.pack_into('i', bytearray(4), 2**62, 1)
except Exception as e: print(type(e).__name__, e)
print(struct.pack('0p', b'ab'))
for f in ["é", "<iü"]:
    try:
        struct.Struct(f)
    except Exception as e:
        print(type(e).__name__, e, e.start, e.end)
    try:
        struct.calcsize(f)
    except Exception as e:
        print(type(e).__name__, e)
print(struct.__doc__.splitlines()[5:8])
