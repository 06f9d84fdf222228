print("  circ_from.x: start")
from circ_from.y import Y
X = "X from x"
