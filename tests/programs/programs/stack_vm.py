# A compiler from arithmetic/let expressions to stack-machine bytecode, plus the VM.


def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(int(src[i:j]))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(src[i:j])
            i = j
        elif src.startswith(("==", "<="), i):
            tokens.append(src[i:i + 2])
            i += 2
        else:
            tokens.append(ch)
            i += 1
    return tokens

class Compiler:
    PREC = {"==": 1, "<": 1, "<=": 1, "+": 2, "-": 2, "*": 3, "/": 3, "%": 3}
    OPS = {"+": "ADD", "-": "SUB", "*": "MUL", "/": "DIV", "%": "MOD", "==": "EQ", "<": "LT", "<=": "LE"}

    def __init__(self, tokens):
        self.tokens, self.pos, self.code = tokens, 0, []

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def next(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def emit(self, *instr):
        self.code.append(instr)
        return len(self.code) - 1

    def compile(self):
        self.expr(0)
        if self.peek() is not None:
            raise SyntaxError(f"unexpected token {self.peek()!r}")
        self.emit("HALT")
        return self.code

    def expr(self, min_prec):
        self.unary()
        while self.peek() in self.PREC and self.PREC[self.peek()] >= min_prec:
            op = self.next()
            self.expr(self.PREC[op] + 1)
            self.emit(self.OPS[op])

    def unary(self):
        tok = self.next()
        if tok == "-":
            self.unary()
            self.emit("NEG")
        elif isinstance(tok, int):
            self.emit("PUSH", tok)
        elif tok == "(":
            self.expr(0)
            if self.next() != ")":
                raise SyntaxError("expected ')'")
        elif tok == "let":
            name = self.next()
            if self.next() != "=":
                raise SyntaxError("expected '=' in let")
            self.expr(0)
            if self.next() != "in":
                raise SyntaxError("expected 'in'")
            self.emit("STORE", name)
            self.expr(0)
        elif tok == "if":
            self.expr(0)
            jump_else = self.emit("JZ", None)
            if self.next() != "then":
                raise SyntaxError("expected 'then'")
            self.expr(0)
            jump_end = self.emit("JMP", None)
            if self.next() != "else":
                raise SyntaxError("expected 'else'")
            self.code[jump_else] = ("JZ", len(self.code))
            self.expr(0)
            self.code[jump_end] = ("JMP", len(self.code))
        elif isinstance(tok, str) and tok.isalpha():
            self.emit("LOAD", tok)
        else:
            raise SyntaxError(f"unexpected token {tok!r}")

def run(code, trace=False):
    stack, env, pc, steps = [], {}, 0, 0
    binary = {"ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b, "MUL": lambda a, b: a * b,
              "DIV": lambda a, b: a // b, "MOD": lambda a, b: a % b, "EQ": lambda a, b: int(a == b),
              "LT": lambda a, b: int(a < b), "LE": lambda a, b: int(a <= b)}
    while True:
        op, *args = code[pc]
        steps += 1
        if trace:
            print(f"  {pc:3} {op:<5} {args[0] if args else '':<4} stack={stack}")
        pc += 1
        if op == "HALT":
            return stack.pop(), steps
        if op == "PUSH":
            stack.append(args[0])
        elif op == "NEG":
            stack.append(-stack.pop())
        elif op in binary:
            b, a = stack.pop(), stack.pop()
            if op in ("DIV", "MOD") and b == 0:
                raise ZeroDivisionError(f"{op} by zero at pc={pc - 1}")
            stack.append(binary[op](a, b))
        elif op == "STORE":
            env[args[0]] = stack.pop()
        elif op == "LOAD":
            if args[0] not in env:
                raise NameError(f"variable {args[0]!r} is not defined")
            stack.append(env[args[0]])
        elif op == "JZ":
            if stack.pop() == 0:
                pc = args[0]
        elif op == "JMP":
            pc = args[0]

code = Compiler(tokenize("let x = 3 in x * (x + 1) - 2")).compile()
for i, instr in enumerate(code):
    print(i, *instr)
print(run(code, trace=True))

for src in ["1 + 2 * 3", "(1 + 2) * 3", "-4 * -(2 + 1)", "100 / 7 % 3", "1 + 2 == 3", "2 < 1",
            "if 1 <= 2 then 10 else 20", "let a = 5 in let b = a * a in if b == 25 then b + a else 0",
            "let n = 2 in n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n * n",
            "5 / (3 - 3)", "y + 1", "(1 + 2", "let = 3", "1 2", "if 1 then 2"]:
    try:
        value, steps = run(Compiler(tokenize(src)).compile())
        print(f"{src[:40]!r} = {value} in {steps} steps")
    except (SyntaxError, ZeroDivisionError, NameError) as e:
        print(f"{src[:40]!r} -> {type(e).__name__}: {e}")
