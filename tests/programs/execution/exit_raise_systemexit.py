# Raising SystemExit from deep inside nested calls, through finally blocks and with-blocks.

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("acquire", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("release", self.name, "during", exc_type.__name__ if exc_type else None)
        return False

def worker(level):
    with Resource(f"r{level}"):
        if level == 3:
            raise SystemExit(7)
        try:
            worker(level + 1)
        finally:
            print("finally at level", level)

worker(1)
