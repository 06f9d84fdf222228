# format mini-language for float: f/e/g/%/none, precision, alternate form, z, grouping, inf/nan

vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 1e-5, 1e16, 1.5e30, 0.000123456, 100.0, float("inf"), float("nan")]
specs = ["", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", "g", ".3g", "#g", "G", "%", ".1%", "n", "10.2f", "<10.2f", "^10.1f",
         "=+10.2f", "+.1f", " .1f", "010.3f", ",.2f", "_.1f", "15,.3f", "z.1f", "z", ".12g", ".1", ".17", ".5"]
for v in vals:
    print(repr(v))
    print("  ", " ".join(repr(format(v, s)) for s in specs[:16]))
    print("  ", " ".join(repr(format(v, s)) for s in specs[16:]))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(-0.5, ".0f"), format(-0.5, "z.0f"), format(0.125, ".2f"))
print(format(1e22, ""), format(1e22, "f"), format(1e-7, "f"), format(1e-7, ".10f"), format(123.456, ".0e"), format(9.99, ".1f"))
print(format(0.1, ".20f"), format(2**0.5, ".30f"), format(1 / 3, ".50e"))
print(format(1234.5, "g"), format(123456.0, "g"), format(1234567.0, "g"), format(0.0001, "g"), format(0.00001, "g"))
print(format(1.0, "g"), format(1.0, "#g"), format(10.0, ".2g"), format(100.0, ".2g"), format(0.5, ".0g"), format(123.0, ".0e"))
print(format(1.0, ""), format(1.0, ".1"), format(10.0, ".1"), format(1e16, ".17"), format(123.456, ".2"), format(1.5, "10"))
print(format(-1e-10, "z.3f"), format(-1e-10, "z.3e"), format(-1e-10, "z.3g"), format(-0.0, "z"), format(-0.0, "+z.1f"))
print(format(float("inf"), "010.2f"), format(float("-inf"), "=+10"), format(float("nan"), "^+9.3f"), format(float("inf"), ",%"))
print(format(12345.6789, ",.2f"), format(-12345.6789, "_.3f"), format(1e6, ",.0f"), format(1234.5, "012,.1f"), format(0.0, ","))
print(format(2.5, "%"), format(0.123456, ".2%"), format(-0.5, "+.0%"), format(1e-10, "%"), format(float("inf"), "%"))
for spec in ["d", "x", "c", "s", "b", "o", "#x", ".2d", "=", ",s", ".-1f", "ff", "1000000000000000000000f"]:
    try:
        print(repr(spec), format(1.5, spec))
    except (ValueError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
print(f"{3.14159:.2f}", f"{3.14159:{8}.{3}}", f"{1/3:.4}", f"{2.0:g}", f"{2e-9:g}", f"{123456789.0:,.1f}")
print("{:.3}".format(0.0001234), "{:.3n}".format(1234.5), "{:e}".format(0), "{:f}".format(10**20), "{:.2f}".format(True))


def table(rows):
    for label, value in rows:
        print(f"{label:<10}|{value:>12.4f}|{value:>12.3e}|{value:>10.4g}|{value:>+9.1%}|")


table([("zero", 0.0), ("tiny", 1.5e-8), ("one", 1.0), ("third", 1 / 3), ("big", 6.02214076e23), ("neg", -273.15)])
for precision in range(0, 7):
    print(precision, format(2 / 3, f".{precision}f"), format(2 / 3, f".{precision}e"), format(2 / 3, f".{precision}g"))
for value in [0.5, 1.5, 2.5, 0.25, 0.35, 1e-4, 9.995, 99.95]:
    print(repr(value), format(value, ".0f"), format(value, ".1f"), format(value, ".2f"), format(value, ".1e"), format(value, ".2g"))


class Celsius(float):
    def __format__(self, spec):
        return float.__format__(self, spec or ".1f") + "C"


print(f"{Celsius(21.456)}", f"{Celsius(21.456):.3f}", format(Celsius(-3), ""), "{:>8}".format(Celsius(5)))
