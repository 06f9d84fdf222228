print("  circ.b: start")
import sys
import circ.a
partial = sys.modules["circ.a"]
print("  circ.b: circ.a is in sys.modules but partially initialised; has A_DONE:", hasattr(partial, "A_DONE"))
try:
    circ.a
except AttributeError as e:
    print("  circ.b: AttributeError:", e)
B_DONE = True

def use_a_later():
    return circ.a.from_a()
