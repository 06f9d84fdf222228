# A tokenizer and recursive-descent evaluator for arithmetic with variables and functions.
import math

class CalcError(Exception):
    pass

TOKEN_CHARS = "+-*/%^(),="

def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            lexeme = text[start:i]
            if lexeme.count(".") > 1:
                raise CalcError(f"bad number {lexeme!r} at {start}")
            tokens.append(("num", float(lexeme) if "." in lexeme else int(lexeme)))
        elif c.isalpha() or c == "_":
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(("name", text[start:i]))
        elif c in TOKEN_CHARS:
            tokens.append(("op", c))
            i += 1
        else:
            raise CalcError(f"unexpected character {c!r} at {i}")
    tokens.append(("end", None))
    return tokens

class Parser:
    FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "floor": math.floor}

    def __init__(self, tokens, env):
        self.tokens, self.pos, self.env = tokens, 0, env

    def peek(self):
        return self.tokens[self.pos]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.pos]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise CalcError(f"expected {value or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.tokens[self.pos + 1] == ("op", "="):
            name = self.take("name")[1]
            self.take("op", "=")
            value = self.expr()
            self.env[name] = value
        else:
            value = self.expr()
        self.take("end")
        return value

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            rhs = self.factor()
            if op != "*" and rhs == 0:
                raise CalcError("division by zero")
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value

    def factor(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        kind, value = self.peek()
        if kind == "num":
            self.take()
            return value
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                if value not in self.FUNCS:
                    raise CalcError(f"unknown function {value}")
                return self.FUNCS[value](*args)
            if value not in self.env:
                raise CalcError(f"undefined variable {value}")
            return self.env[value]
        if (kind, value) == ("op", "("):
            self.take()
            inner = self.expr()
            self.take("op", ")")
            return inner
        raise CalcError(f"unexpected token {value!r}")

env = {"pi": math.pi}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 10", "y = x * 2 + 1", "y % 7",
         "sqrt(16) + abs(-3)", "max(1, x, y) - min(4, 2)", "10 / 4", "7 / 0", "2 * (3 + ", "3 $ 4",
         "1.2.3", "floor(pi * 100) / 100", "unknown + 1", "foo(1)", "2 ^ 100", "((((1))))", ") 1"]
for line in lines:
    try:
        print(f"{line!r:28} => {Parser(tokenize(line), env).statement()!r}")
    except CalcError as e:
        print(f"{line!r:28} => error: {e}")
print(sorted(env.items()))
