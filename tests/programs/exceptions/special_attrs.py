# exceptions with extra attributes: KeyError, OSError errno mapping, UnicodeError, SyntaxError,
# StopIteration.value, SystemExit.code, ImportError name/path, AttributeError name/obj, NameError name

print(str(KeyError("k")), str(KeyError("k", "v")), str(KeyError(1)), repr(str(KeyError(""))))
for args in [(2, "No such file"), (13, "Denied"), (17, "Exists"), (4, "Interrupted"), (32, "Pipe"), (111, "Refused"),
             (21, "Is dir"), (20, "Not dir"), (3, "No process"), (110, "Timed out"), (11, "Again"), (999, "Unknown"), ("x", "y")]:
    e = OSError(*args)
    print(args, type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e = OSError(2, "No such file", "name.txt")
print(type(e).__name__, e.filename, e.filename2, str(e), e.args)
e = OSError(2, "No such file", "a", None, "b")
print(str(e), e.filename2)
print(str(OSError()), str(OSError("just message")), OSError("m").errno, OSError(1, 2, 3, 4, 5, 6).args)
print(FileNotFoundError(2, "x").errno, type(FileNotFoundError(13, "y")).__name__, str(PermissionError("p")))
ud = UnicodeDecodeError("utf-8", b"ab\xffcd", 2, 3, "invalid start byte")
print(ud.encoding, ud.object, ud.start, ud.end, ud.reason, str(ud))
ue = UnicodeEncodeError("ascii", "a\u20acb", 1, 2, "ordinal not in range(128)")
print(ue.encoding, ue.object, ue.start, ue.end, ue.reason, str(ue))
ud.reason = "changed"
ud.start = 0
print(str(ud))
try:
    UnicodeDecodeError("utf-8", "str not bytes", 0, 1, "r")
except TypeError as err:
    print(type(err).__name__, err)
se = SyntaxError("bad syntax", ("file.py", 3, 5, "x = = 1\n", 3, 6))
print(se.msg, se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset, str(se))
try:
    compile("a = (1,\n", "<src>", "exec")
except SyntaxError as err:
    print(type(err).__name__, err.msg, err.filename, err.lineno, err.offset, repr(err.text))
try:
    compile("def f():\nreturn 1\n", "<indent>", "exec")
except IndentationError as err:
    print(type(err).__name__, err.msg, err.lineno, err.offset)
print(str(SyntaxError("only msg")), SyntaxError().msg, SyntaxError("m").lineno)
print(StopIteration().value, StopIteration(5).value, StopIteration(5, 6).value, StopAsyncIteration(1).args)
print(SystemExit().code, SystemExit(3).code, SystemExit("msg").code, SystemExit(1, 2).code, SystemExit(None).code)
ie = ImportError("cannot import", name="mod", path="/p/mod.py")
print(ie.name, ie.path, ie.msg, str(ie), repr(ie), ImportError().name, ModuleNotFoundError("m", name="m").name)
try:
    ImportError("x", bogus=1)
except TypeError as err:
    print(type(err).__name__, err)
try:
    undefined_variable_xyz  # noqa: F821
except NameError as err:
    print(err.name, str(err))
try:
    None.attribute_xyz
except AttributeError as err:
    print(err.name, err.obj, str(err))


class Obj:
    pass


try:
    Obj().missing
except AttributeError as err:
    print(err.name, type(err.obj).__name__, str(err))
print(AttributeError("m", name="n", obj=1).name, NameError("m", name="q").name, AttributeError().name)
