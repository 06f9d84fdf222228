print("  circ_from.y: start")
from circ_from.x import X
Y = "Y from y"
