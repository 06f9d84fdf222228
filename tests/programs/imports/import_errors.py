# ImportError and ModuleNotFoundError: messages, attributes, and failed imports being retried.
import sys

def attempt(stmt):
    try:
        exec(stmt, {})
        print(stmt, "-> ok")
    except ImportError as e:
        print(stmt, "->", type(e).__name__ + ":", str(e).split(" (/")[0], "| name:", e.name)
    except Exception as e:
        print(stmt, "->", type(e).__name__ + ":", e)

attempt("import nonexistent_module_xyz")
attempt("import nonexistent_pkg.sub")
attempt("import pkg_basic.missing")
attempt("import sys.missing")
attempt("from sys import missing")
attempt("from nonexistent_module_xyz import a")
attempt("import pkg_errors.imports_missing")
attempt("import pkg_errors.bad_syntax")

print("an exception raised while importing propagates unchanged:")
for i in range(2):
    try:
        import pkg_errors.raises
    except ValueError as e:
        print("ValueError", e)
print("the failed module is not left in sys.modules:", "pkg_errors.raises" in sys.modules)

print("ModuleNotFoundError is an ImportError:")
print(issubclass(ModuleNotFoundError, ImportError), ModuleNotFoundError.__mro__[1].__name__)

print("constructing ImportError by hand:")
e = ImportError("message", name="mod", path="/some/path.py")
print(e, e.name, e.path, e.args, repr(e))
e2 = ModuleNotFoundError("no module", name="x")
print(e2, e2.name, e2.path)
try:
    ImportError("m", bogus=1)
except TypeError as err:
    print("TypeError", err)
print(repr(ImportError()), ImportError().name, str(ImportError("a", "b")))

print("__import__ errors:")
for args in [("",), ("nonexistent_q",), (5,), ("x", None, None, None, -1)]:
    try:
        __import__(*args)
    except (ImportError, ValueError, TypeError) as err:
        print(type(err).__name__ + ":", err)

print("a syntax error in an imported module reports the module's file name:")
try:
    import pkg_errors.bad_syntax
except SyntaxError as err:
    print(type(err).__name__, err.msg, err.filename.replace("\\", "/").rsplit("/", 1)[-1], err.lineno)
