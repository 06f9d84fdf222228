# A Brainfuck interpreter with bracket precompilation, input, and error reporting.

class BFError(Exception):
    pass

def compile_brackets(code):
    stack, jumps = [], {}
    for i, ch in enumerate(code):
        if ch == "[":
            stack.append(i)
        elif ch == "]":
            if not stack:
                raise BFError(f"unmatched ']' at {i}")
            j = stack.pop()
            jumps[i], jumps[j] = j, i
    if stack:
        raise BFError(f"unmatched '[' at {stack[-1]}")
    return jumps

def run(code, data="", max_steps=2_000_000, cells=30000):
    code = "".join(ch for ch in code if ch in "+-<>[].,")
    jumps = compile_brackets(code)
    tape = bytearray(cells)
    ptr = pc = steps = 0
    inp = iter(data.encode())
    out = []
    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise BFError("step limit exceeded")
        ch = code[pc]
        if ch == "+":
            tape[ptr] = (tape[ptr] + 1) % 256
        elif ch == "-":
            tape[ptr] = (tape[ptr] - 1) % 256
        elif ch == ">":
            ptr += 1
            if ptr >= cells:
                raise BFError("pointer moved past the end of the tape")
        elif ch == "<":
            ptr -= 1
            if ptr < 0:
                raise BFError("pointer moved before the start of the tape")
        elif ch == ".":
            out.append(chr(tape[ptr]))
        elif ch == ",":
            tape[ptr] = next(inp, 0)
        elif ch == "[" and tape[ptr] == 0:
            pc = jumps[pc]
        elif ch == "]" and tape[ptr] != 0:
            pc = jumps[pc]
        pc += 1
    return "".join(out), steps

HELLO = """
++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.
"""
out, steps = run(HELLO)
print(repr(out), steps)

REVERSE = ">,[>,]<[.<]"
print(repr(run(REVERSE, "stackless")[0]))

# Add two digits: reads two ASCII digits and prints their sum (single digit).
ADD = ",>,[<+>-]<------------------------------------------------."
print(run(ADD, "34")[0], run(ADD, "27")[0])

# Print the squares 0..100 (a classic program), truncated for brevity.
CELL_SIZE = "++++++++[>++++++++<-]>[<++++>-]+<[>-<[>++++<-]>[<++++++++>-]<[>++++++++<-]+>[>++++++++++[>+++++<-]>+.-.[-]<<[-]<->] <[>>+++++++[>+++++++<-]>.+++++.[-]<<<-]] >[>++++++++[>+++++++<-]>.[-]<<-]<+++++++++++[>+++>+++++++++>+++++++++>+<<<<-]>-.>-.+++++++.+++++++++++.<.>>.++.+++++++..<-.>>-[[-]<]"
print(run(CELL_SIZE)[0].strip())

for bad in ["[[]", "[]]", "<", "+[]" if False else "+[>+]", ""]:
    try:
        result = run(bad, max_steps=100000, cells=100)
        print(repr(bad), "->", result)
    except BFError as e:
        print(repr(bad), "-> BFError:", e)
