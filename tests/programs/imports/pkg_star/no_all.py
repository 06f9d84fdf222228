import math as _math_alias
public = "public"
_private = "private"
__dunder__ = "dunder"
def func():
    return "func"
class Klass:
    pass
