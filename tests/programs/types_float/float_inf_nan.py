# inf and nan: arithmetic, comparisons, containers, conversions and their errors
import math

inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan, repr(inf), str(-inf), math.inf == inf, math.isnan(math.nan))
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, 1 / inf, -1 / inf, inf // 1, inf % 1, 5 % inf, -5 % inf)
print(inf > 10**400, -inf < -(10**400), inf == inf, inf != -inf, -inf < inf, inf > 1.7976931348623157e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= 0, nan is nan, 1 < nan or 1 >= nan)
print(nan + 1, nan * 0, nan ** 0, 1 ** nan, 0 * inf, inf ** 0, 0 ** 0.0, inf ** -1, (-inf) ** 3, (-inf) ** 2)
print(max(1, nan), max(nan, 1), min(inf, nan), sorted([3, nan, 1]), sorted([inf, -inf, 0.0, nan]))
print([nan] == [nan], nan in [nan], nan in [float("nan")], [nan].count(nan), (nan,) == (nan,))
d = {nan: "first"}
d[nan] = "same object"
d[float("nan")] = "different nan"
print(len(d), sorted(d.values()))
s = {nan, nan, float("nan")}
print(len(s))
print(math.isinf(inf), math.isinf(nan), math.isfinite(inf), math.isfinite(1e308), math.isnan(inf - inf))
print(math.copysign(1, -nan) in (1.0, -1.0), math.copysign(inf, -0.0), abs(-inf), abs(nan), -(-inf))
print(float("inf") * 2 == float("infinity"), hash(inf), hash(-inf), hash(inf) == hash(float("1e999")))
print(inf.is_integer(), nan.is_integer(), (1e308 * 10).is_integer(), inf.hex(), (-inf).hex(), nan.hex())
print(f"{inf}", f"{-inf:.2f}", f"{nan:10}|", f"{inf:e}", f"{nan:%}", f"{inf:+}", "%f %e %g" % (inf, -inf, nan))
print("%F %E %G" % (inf, nan, -inf), format(inf, "F"), format(nan, "E"), format(-inf, "08.2f"))

for label, fn in [("int(inf)", lambda: int(inf)), ("int(-inf)", lambda: int(-inf)), ("int(nan)", lambda: int(nan)),
                  ("round(inf)", lambda: round(inf)), ("round(nan)", lambda: round(nan)),
                  ("inf.as_integer_ratio", lambda: inf.as_integer_ratio()),
                  ("nan.as_integer_ratio", lambda: nan.as_integer_ratio()), ("math.floor(inf)", lambda: math.floor(inf)),
                  ("math.ceil(nan)", lambda: math.ceil(nan)), ("math.trunc(-inf)", lambda: math.trunc(-inf)),
                  ("divmod(inf, 1)", lambda: divmod(inf, 1)), ("inf // 0", lambda: inf // 0),
                  ("nan % 0", lambda: nan % 0), ("range(inf)", lambda: range(inf))]:
    try:
        print(label, fn())
    except (OverflowError, ValueError, ZeroDivisionError, TypeError) as e:
        print(label, type(e).__name__, e)
print(round(inf, 1), round(nan, 2), round(-inf, -2), inf.__round__(3))
print(float("-inf") < 0 < float("inf"), sum([inf, 1, 2]), sum([inf, -inf]))
print(1e308 + 1e308, -1e308 - 1e308, 1e308 * 1e308, 1.7976931348623157e308 + 1e292, 1.7976931348623157e308 + 1e291)
print(inf - 1e308, inf * 1e-308, nan * inf, nan - nan, -nan, abs(-nan))
print(complex(inf, nan), complex(nan, 0), abs(complex(inf, nan)), abs(complex(nan, inf)))
print(math.isnan(inf * 0), (inf * 0) != (inf * 0), str(nan).upper(), repr(inf).title())
