# Huffman coding: build the tree.
# The first line above matches the encoding-declaration pattern "coding[:=]\s*([-\w.]+)",
# so the interpreter looks for a codec named "build" and refuses to run this file.
print("never printed")
