# Deleting or setting a class attribute through an instance without __dict__ is "read-only".
class B:
    y = 0
    __slots__ = ('z',)

def attempt(f):
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, e)

def set_y(): B().y = 0
def del_y(): del B().y
def del_x(): del B().x
def set_x(): B().x = 0
def del_z(): del B().z
attempt(set_y)
attempt(del_y)
attempt(del_x)
attempt(set_x)
attempt(del_z)

class A:
    y = 0
def del_ay(): del A().y
attempt(del_ay)

def del_append(): del [].append
attempt(del_append)
def del_pop(): del {}.pop
attempt(del_pop)
def del_f(): del (lambda: 0).nothing
attempt(del_f)
