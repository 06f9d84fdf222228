# list.__init__ refuses keyword arguments unless a subclass overrides __new__.
class Sub(list):
    pass

try:
    Sub(sequence=())
except TypeError as e:
    print(e)
try:
    list(x=1)
except TypeError as e:
    print(e)

class WithInit(list):
    def __init__(self, seq, newarg=None):
        super().__init__(seq)
        self.newarg = newarg

u = WithInit([1, 2], newarg=3)
print(type(u).__name__, list(u), u.newarg)

class WithNew(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self

u = WithNew([1, 2], newarg=3)
print(type(u).__name__, list(u), u.newarg)
try:
    WithNew([1], [2], newarg=3)
except TypeError as e:
    print(e)
try:
    list.__init__([], a=1)
except TypeError as e:
    print(e)
