# UnboundLocalError and NameError: when they happen and their exact messages.

def check(label, fn):
    try:
        print(label, "->", fn())
    except NameError as e:
        print(label, "->", type(e).__name__ + ":", e, "| name:", e.name if hasattr(e, "name") else "-")

x = "global"

def assigned_later():
    print(x)
    x = "local"
check("read before local assignment", assigned_later)

def augmented():
    x += "!"
check("augmented assignment of unbound local", augmented)

def conditional(flag):
    if flag:
        y = "bound"
    return y
check("conditional bound", lambda: conditional(True))
check("conditional unbound", lambda: conditional(False))

def deleted():
    z = 1
    del z
    return z
check("read after del", deleted)

def del_unbound():
    del w
    w = 1
check("del of unbound local", del_unbound)

def loop_never_ran():
    for item in []:
        pass
    return item
check("loop variable of empty loop", loop_never_ran)

def except_var():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
check("except target cleared", except_var)

def undefined_global():
    return no_such_name
check("undefined global", undefined_global)

check("undefined at module level", lambda: eval("undefined_thing"))

def free_unbound():
    def inner():
        return later
    r = inner
    try:
        return r()
    finally:
        later = 1
check("free variable unbound", free_unbound)

def import_binds_local():
    print(math)
    import math
check("import makes a local", import_binds_local)

def def_binds_local():
    helper()
    def helper():
        pass
check("def makes a local", def_binds_local)

def class_binds_local():
    Thing()
    class Thing:
        pass
check("class makes a local", class_binds_local)

def with_binds_local():
    print(cm)
    with open(__file__) as cm:
        pass
check("with-as makes a local", with_binds_local)

def walrus_binds_local():
    print(wv)
    (wv := 1)
check("walrus makes a local", walrus_binds_local)

def match_binds_local(v):
    print(captured)
    match v:
        case captured:
            pass
check("match capture makes a local", lambda: match_binds_local(1))

# UnboundLocalError is a NameError subclass.
print(issubclass(UnboundLocalError, NameError), UnboundLocalError.__mro__[1].__name__)
try:
    assigned_later()
except NameError as e:
    print("caught as NameError:", type(e).__name__)

# NameError attributes.
e = NameError("custom", name="nm")
print(e, e.name, NameError("x").name, repr(NameError()))

# del of a global that is not bound, and of a name at module level.
def del_global():
    global never_bound
    del never_bound
check("del unbound global", del_global)
try:
    del undefined_module_name
except NameError as e:
    print("NameError", e)
