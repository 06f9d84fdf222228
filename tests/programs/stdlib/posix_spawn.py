# posix_spawn/posix_spawnp: argument checks with CPython's messages, file actions, environment.
import os
import signal
import sys

ex = "/bin/sh"
for kw in [dict(resetids=None), dict(setsid=None), dict(setpgroup="023"), dict(setsigmask=34),
           dict(setsigmask=["j"]), dict(setsigmask=[signal.NSIG]), dict(setsigdef=[0]),
           dict(file_actions=3), dict(file_actions=[None]), dict(file_actions=[()]),
           dict(file_actions=[(None,)]), dict(file_actions=[(12345,)]),
           dict(file_actions=[(os.POSIX_SPAWN_CLOSE,)]),
           dict(file_actions=[(os.POSIX_SPAWN_CLOSE, None)]),
           dict(file_actions=[(os.POSIX_SPAWN_OPEN, 3, "x\0", 0, 0)]),
           dict(file_actions=[(os.POSIX_SPAWN_OPEN, 3, "x", 0)]),
           dict(file_actions=[(os.POSIX_SPAWN_DUP2, 3)])]:
    try:
        os.posix_spawn(ex, [ex, "-c", "exit 0"], os.environ, **kw)
        print("no error", kw)
    except Exception as e:
        print(type(e).__name__, e)
for a in [(ex, 3, {}), (ex, [], {}), (ex, [""], {}), (ex, [ex], None), (ex, [ex], 3),
          (ex, [3], {}), (ex, [ex], {"a=b": "c"}), (ex, [ex], {"": "c"}), (ex, [ex], {3: "c"}),
          ("/nonexistent", ["x"], {}), (3, ["x"], {})]:
    try:
        os.posix_spawn(*a)
        print("no error", a)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "filename", None))
try:
    os.posix_spawn(ex, [ex], {}, None)
except TypeError as e:
    print(e)
try:
    os.posix_spawnp("no-such-program-x", ["x"], {})
except OSError as e:
    print(type(e).__name__, e.filename)


class Holder:
    spawn = os.posix_spawn   # a builtin: not bound as a method


r, w = os.pipe()
pid = Holder().spawn(ex, [ex, "-c", "echo hi; echo $FOO"], {"FOO": "bar"},
                     file_actions=[(os.POSIX_SPAWN_DUP2, w, 1), (os.POSIX_SPAWN_CLOSE, r)])
os.close(w)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), os.read(r, 100))
os.close(r)
pid = os.posix_spawnp("sh", ["sh", "-c", "exit 3"], os.environ, setpgroup=0, resetids=True,
                      setsigmask=[signal.SIGUSR1], setsigdef=[signal.SIGUSR2])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
for kw in [dict(before=None), dict(before=None, after_in_parent=lambda: 3), dict(after_in_child="")]:
    try:
        os.register_at_fork(**kw)
    except TypeError as e:
        print(e)
