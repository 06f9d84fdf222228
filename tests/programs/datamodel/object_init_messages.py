# object.__new__/__init__ argument errors name the class or object as CPython words them (bpo-31506).
class E:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
for f in [lambda: E().__init__(42), lambda: object.__init__(E(), 42)]:
    try: f()
    except TypeError as e: print(e)
class C: pass
for f in [lambda: C(42), lambda: C.__new__(C, 42), lambda: C().__init__(42), lambda: object.__new__(C, 42), lambda: object.__init__(C(), 42)]:
    try: f()
    except TypeError as e: print(e)
