# sys.settrace/gettrace and setprofile/getprofile keep the hook that was set (doctest saves and
# restores them around each run).
import sys

print(sys.gettrace(), sys.getprofile())
sys.settrace(None)
sys.setprofile(None)
print(sys.gettrace(), sys.getprofile())
for f in (sys.settrace, sys.setprofile):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
for f in (sys.gettrace, sys.getprofile):
    try:
        f(1)
    except TypeError as e:
        print("TypeError:", e)
