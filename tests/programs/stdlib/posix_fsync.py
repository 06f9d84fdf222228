# os.fsync and os.fdatasync take a descriptor or an object with fileno(); a closed descriptor is
# an OSError, a negative one a ValueError.
import os
import tempfile

with tempfile.TemporaryFile() as f:
    f.write(b"data")
    f.flush()
    print(os.fsync(f.fileno()), os.fsync(f), os.fdatasync(f.fileno()))
for bad in (-1, 99999):
    try:
        os.fsync(bad)
    except OSError as e:
        print(type(e).__name__, e.errno)
    except ValueError as e:
        print("ValueError", e)
for bad in ("x", None):
    try:
        os.fsync(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    os.fsync(fd=2**40)
except OverflowError as e:
    print("OverflowError", e)
