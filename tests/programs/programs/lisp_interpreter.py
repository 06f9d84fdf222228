# A small Lisp: reader, environments with closures, special forms, tail calls, errors.

class LispError(Exception):
    pass

class Symbol(str):
    pass

def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()

def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)

class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError(f"unbound symbol: {name}")

class Lambda:
    def __init__(self, params, body, env, name="lambda"):
        self.params, self.body, self.env, self.name = params, body, env, name

    def __repr__(self):
        return f"<{self.name}/{len(self.params)}>"

def standard_env():
    env = Env()
    import math
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, *b: a - sum(b) if b else -a,
        "*": lambda *a: math.prod(a), "/": lambda a, b: a / b if isinstance(a, float) or a % b else a // b,
        "<": lambda a, b: a < b, ">": lambda a, b: a > b, "=": lambda a, b: a == b, "<=": lambda a, b: a <= b,
        "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda a, b: [a] + b, "list": lambda *a: list(a),
        "null?": lambda x: x == [], "length": len, "sqrt": math.sqrt, "abs": abs,
        "apply": lambda f, args: call(f, args), "map": lambda f, xs: [call(f, [x]) for x in xs],
    })
    return env

def call(fn, args):
    if isinstance(fn, Lambda):
        return evaluate(fn.body, Env(fn.params, args, fn.env))
    if callable(fn):
        return fn(*args)
    raise LispError(f"not a procedure: {fn!r}")

def evaluate(x, env):
    while True:                              # loop instead of recursing for tail positions
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            raise LispError("cannot evaluate ()")
        op, *args = x
        if op == "quote":
            return args[0]
        if op == "if":
            test, then, alt = (args + [False])[:3]
            x = then if evaluate(test, env) not in (False, [], 0) else alt
            continue
        if op == "define":
            name, value = args
            if isinstance(name, list):
                env[name[0]] = Lambda(name[1:], value, env, name[0])
            else:
                env[name] = evaluate(value, env)
            return None
        if op == "set!":
            name, value = args
            env.find(name)[name] = evaluate(value, env)
            return None
        if op == "lambda":
            return Lambda(args[0], args[1], env)
        if op == "begin":
            for expr in args[:-1]:
                evaluate(expr, env)
            x = args[-1]
            continue
        if op == "let":
            bindings, body = args
            names = [b[0] for b in bindings]
            values = [evaluate(b[1], env) for b in bindings]
            env, x = Env(names, values, env), body
            continue
        fn = evaluate(op, env)
        values = [evaluate(a, env) for a in args]
        if isinstance(fn, Lambda):
            if len(values) != len(fn.params):
                raise LispError(f"{fn.name} expects {len(fn.params)} args, got {len(values)}")
            env, x = Env(fn.params, values, fn.env), fn.body
            continue
        return call(fn, values)

def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    return str(v)

env = standard_env()
program = [
    "(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))",
    "(fact 20)",
    "(fact 30)",
    "(define (make-counter) (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n))))",
    "(define c1 (make-counter))",
    "(define c2 (make-counter))",
    "(list (c1) (c1) (c1) (c2))",
    "(define (loop i acc) (if (= i 0) acc (loop (- i 1) (+ acc i))))",
    "(loop 100000 0)",
    "(map (lambda (x) (* x x)) '(1 2 3 4))",
    "(define (compose f g) (lambda (x) (f (g x))))",
    "((compose car cdr) '(1 2 3))",
    "(apply + '(1 2 3 4 5))",
    "(cons 1 '(2 3))",
    "(null? '())",
    "(/ 7 2)",
    "(/ 8 2)",
    "(sqrt 2.0)",
    "(let ((x 2) (y 3)) (* x y))",
    "fact",
    "(undefined-thing 1)",
    "(fact 1 2)",
    "(1 2)",
    "(car '())",
    "(+ 1",
    ")",
]
for line in program:
    try:
        result = evaluate(read(tokenize(line)), env)
        if result is not None:
            print(f"{line} => {to_str(result)}")
    except LispError as e:
        print(f"{line} => LispError: {e}")
    except (IndexError, TypeError, ZeroDivisionError) as e:
        print(f"{line} => {type(e).__name__}: {e}")
