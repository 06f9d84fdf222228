# An AttributeError raised by __getattr__ without name/obj gets the lookup's (CPython 3.11's
# set_attribute_error_context), so the traceback can suggest a near name.
import io
import sys
import traceback


class A:
    blech = None

    def __getattr__(self, attr):
        raise AttributeError()


a = A()
try:
    a.bluch
except AttributeError as e:
    print(e.name, e.obj is a)
    buf = io.StringIO()
    traceback.print_exception(type(e), e, None, file=buf)
    print(buf.getvalue().splitlines()[-1])


class B:
    def __getattr__(self, attr):
        raise AttributeError("custom", name="other", obj=1)


try:
    B().x
except AttributeError as e:
    print(e.name, e.obj)


class C:
    def __getattr__(self, n):
        return lambda *a: (n, a)


print(C().foo(1, 2), getattr(C(), "q")(), hasattr(A(), "zzz"))
