# __name__ is "__main__" for the script and the dotted name for imported modules.

print("this script's __name__:", __name__)
if __name__ == "__main__":
    print("the main guard runs in the script")

print("importing a module with a main guard:")
import mainguard.tool
print(mainguard.tool.__name__, mainguard.tool.main())

def who():
    return __name__
print("functions see their module's __name__:", who(), mainguard.tool.main.__module__)

class Local:
    pass
print("classes record their module:", Local.__module__, repr(Local)[:22])

print("exec with a fresh namespace has no __name__ unless given one:")
ns = {}
exec("r = globals().get('__name__', 'missing')", ns)
print(ns["r"])
ns = {"__name__": "custom_name"}
exec("def f():\n    pass\nr = f.__module__", ns)
print(ns["r"])

print("the __main__ module's spec is None when run as a script:", __spec__)
import sys
print(sys.modules["__main__"].__spec__ is None, sys.modules["mainguard.tool"].__spec__.name)
