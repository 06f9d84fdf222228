# The default excepthook appends "Did you mean" to NameError (locals, then globals, then
# builtins of the innermost frame) and AttributeError (dir of the object) reports.
import sys


import io
import os


def report():
    # The hook prints the script's absolute path; show it relative to this directory.
    buf = io.StringIO()
    sys.stderr = buf
    try:
        sys.__excepthook__(*sys.exc_info())
    finally:
        sys.stderr = sys.__stderr__
    print(buf.getvalue().replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ''), end='')


class Thing:
    blech = 1
    BLUCH = 2
    aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa = 3


for attr in ["bluch", "blch", "Blech", "zzzzzz", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"]:
    try:
        getattr(Thing(), attr)
    except AttributeError:
        report()

global_value = 1


def f():
    local_value = 2
    try:
        local_valeu
    except NameError:
        report()
    try:
        global_valeu
    except NameError:
        report()
    try:
        lenn
    except NameError:
        report()
    try:
        qqqqqq
    except NameError:
        report()


f()
