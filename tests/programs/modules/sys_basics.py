# sys module basics: argv, path, modules, maxsize, version_info, implementation (types only), flags
import sys

print(type(sys.argv).__name__, len(sys.argv) >= 1, all(isinstance(a, str) for a in sys.argv), sys.argv[0].endswith("sys_basics.py"))
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path), type(sys.modules).__name__, "sys" in sys.modules)
print(sys.modules["sys"] is sys, "__main__" in sys.modules, "builtins" in sys.modules)
print(sys.maxsize, sys.maxsize == 2**63 - 1, -sys.maxsize - 1, type(sys.maxsize).__name__)
vi = sys.version_info
print(vi[:2], vi.major, vi.minor, type(vi.micro).__name__, vi.releaselevel in ("alpha", "beta", "candidate", "final"), len(vi))
print(vi >= (3, 11), vi < (4,), vi[0] == vi.major, tuple(vi)[:2] == (3, 11), isinstance(vi, tuple))
print(type(sys.version).__name__, sys.version.startswith("3.11"), type(sys.hexversion).__name__, sys.hexversion >> 24 == 3)
print(hasattr(sys, "implementation"), type(sys.implementation.name).__name__, hasattr(sys.implementation, "version"))
print(type(sys.implementation.cache_tag).__name__ in ("str", "NoneType"))
print(sys.byteorder in ("little", "big"), type(sys.platform).__name__, sys.getdefaultencoding(), sys.getfilesystemencoding() in ("utf-8",))
print(type(sys.float_info).__name__, sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.radix, sys.float_info.rounds, sys.float_repr_style)
print(sys.int_info.bits_per_digit in (15, 30), sys.int_info.sizeof_digit in (2, 4), sys.int_info.default_max_str_digits)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag, sys.hash_info.algorithm in ("siphash13", "siphash24", "fnv"))
print(sys.maxunicode, hex(sys.maxunicode), type(sys.builtin_module_names).__name__, "sys" in sys.builtin_module_names)
print(type(sys.flags).__name__, sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), type(sys.flags.verbose).__name__)
print(sys.stdin is not None, sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, hasattr(sys.stdout, "write"))
print(callable(sys.exit), callable(sys.getrecursionlimit), callable(sys.intern), callable(sys.getsizeof), callable(sys.exc_info))
s1 = sys.intern("interned string " + str(1))
s2 = sys.intern("interned string 1")
print(s1 is s2, s1 == s2)
try:
    sys.intern(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
print(sys.getsizeof(0) > 0, sys.getsizeof([]) < sys.getsizeof([1, 2, 3, 4]))
try:
    sys.no_such_attribute
except AttributeError as e:
    print(type(e).__name__, e)
sys.custom_attribute = "can set attributes on sys"
print(sys.custom_attribute)
del sys.custom_attribute
print(hasattr(sys, "custom_attribute"), type(sys.displayhook).__name__, type(sys.excepthook).__name__)
print(type(sys.executable).__name__, type(sys.orig_argv).__name__)
print(sys.dont_write_bytecode in (True, False), type(sys.warnoptions).__name__, type(sys.meta_path).__name__, type(sys.path_hooks).__name__)
