print("  circ.a: start")
import circ.b
print("  circ.a: after importing circ.b; b.B_DONE =", circ.b.B_DONE)
A_DONE = True

def from_a():
    return "function in circ.a"
