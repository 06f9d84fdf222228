# The default excepthook appends "Did you mean" to NameError (locals, then globals, then
# builtins of the innermost frame) and AttributeError (dir of the object) reports.
import sys


def report():
    sys.__excepthook__(*sys.exc_info())


sys.stderr = sys.stdout


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
