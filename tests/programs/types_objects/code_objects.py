# code objects: basic attributes, co_consts/co_names, exec of code, replace(), comparisons


def sample(a, b=1, *args, k, **kw):
    total = a + b
    name = "sample"
    return total, name, len(args), k, kw


co = sample.__code__
print(type(co).__name__, co.co_name, co.co_qualname, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames, co.co_nlocals, "sample" in co.co_consts, "len" in co.co_names, co.co_freevars, co.co_cellvars)
print(co.co_filename.endswith("code_objects.py"), co.co_firstlineno, isinstance(co.co_flags, int))
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08))
module_code = compile("x = 1\ny = x + 1\n", "<mod>", "exec")
ns = {}
exec(module_code, ns)
print(module_code.co_name, module_code.co_names, ns["y"], module_code.co_filename)
expr = compile("a * 2", "<expr>", "eval")
print(eval(expr, {"a": 21}), expr.co_names)
renamed = co.replace(co_name="renamed_code")
print(renamed.co_name, renamed.co_argcount, renamed is co, co.co_name)
sample.__code__ = co.replace(co_name="still_works")
print(sample(1, k=2)[0], sample.__code__.co_name, sample.__name__)
nested = compile("def inner():\n    return 5\n", "<n>", "exec")
inner_codes = [c for c in nested.co_consts if type(c).__name__ == "code"]
print(len(inner_codes), inner_codes[0].co_name, inner_codes[0].co_qualname)
lam = lambda: 0  # noqa: E731
print(lam.__code__.co_name)
print(hash(co) == hash(co), co == co)
gen_code = (x for x in ()).gi_code
print(gen_code.co_name, bool(gen_code.co_flags & 0x20), gen_code.co_argcount)


def outer():
    v = 1

    def inn():
        return v

    return inn


print(outer.__code__.co_cellvars, outer().__code__.co_freevars, outer.__code__.co_varnames)
try:
    co.co_name = "x"
except AttributeError as e:
    print(type(e).__name__, e)
try:
    exec(sample.__code__)
except TypeError as e:
    print(type(e).__name__, e)
lines = [line for _, _, line in outer.__code__.co_lines() if line is not None]
print(min(lines) == outer.__code__.co_firstlineno, max(lines) - min(lines))
