# printf-style % formatting: every conversion type and flag, widths, precision, '*'

print("%s %r %a" % ("é", "é", "é"), "%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),), "%%", "%s%%" % 5)
print("%d %i %u" % (42, -42, 7), "%d" % 3.99, "%d" % -3.99, "%d" % True, "%i" % 2**70, "%d" % -0.0)
print("%o %x %X" % (64, 255, 255), "%#o %#x %#X" % (8, 255, 255), "%o" % -8, "%#x" % -255, "%x" % 2**80)
print("%e %E" % (12345.678, 0.000123), "%f %F" % (3.14159, -2.5), "%g %G" % (0.0000123, 1e20), "%g" % 100000.0, "%g" % 1000000.0)
print("%c%c%c" % (72, "i", 0x1F600), "%c" % "é", "%5c|%-5c|" % ("a", "b"))
print("%5d|%-5d|%05d|%+d|% d|%+05d|%-+5d|" % (42, 42, 42, 42, 42, -42, 42))
print("%.2f|%8.3f|%-8.1f|%08.2f|%+.1e|%.0f|%#.0f|" % (3.14159, 2.71828, 1.5, -3.14159, 12345.6789, 2.5, 2.5))
print("%.3s|%5.2s|%-6s|%6s|" % ("abcdef", "xyz", "ab", "ab"), "%.0s|" % "gone", "%.10s" % "short")
print("%*d|%-*d|%.*f|%*.*f|" % (5, 42, 5, 42, 2, 3.14159, 8, 3, 2.5), "%*s|" % (-6, "ab"))
print("%#o %#x %#5x %#-8o| %#08x" % (0, 0, 10, 10, 10), "%.3d %.5x %8.4d|" % (7, 255, -3))
print("%g %g %g %g %g" % (0.1, 1e-5, 123456789.0, 1.5e300, float("inf")), "%#g %#.3g" % (1.0, 1.0))
print("%.2g %.10g %.1g %g" % (1234.5, 1 / 3, 0.05, -0.0), "%e" % 0, "%.0e" % 15000, "%#.0e" % 1.0)
print("%s %s %s" % (None, True, 1.0), "%r %r" % (None, "it's"), "%a" % "日本", "%s" % b"bytes", "%r" % b"x")
print("%(x)s" % {"x": 1}, "%s" % {"k": "v"}, "%s %s" % ("a", "b"), "no args" % ())
print("%d%%" % 50, "100%%" % (), "%-3s|%3s|" % ("€", "€"), "%5.1f%%" % 99.44, "%x" % True)
print("%f" % 1e300 == "%f" % 1e300, len("%f" % 1e300), "%.1f" % 0.05, "%.1f" % 0.15, "%.1f" % 0.25, "%.2f" % 2.675)
print("%s" % 1.0, "%s" % 1e16, "%r" % 0.1, "%.15f" % 0.1, "%.20f" % 0.1, "%.3f" % float("nan"), "%5.1f" % float("-inf"))
print("%d" % 10**25, "%x" % -(2**70), "%o" % 10**20, "%+x" % 255, "% o" % 8, "%X" % 0xABCDEF)


class Num:
    def __index__(self):
        return 11

    def __int__(self):
        return 11

    def __float__(self):
        return 11.5


print("%d %x %o %f %e" % (Num(), Num(), Num(), Num(), Num()))


class StrOnly:
    def __str__(self):
        return "str!"

    def __repr__(self):
        return "repr!"


print("%s %r %a %5s|%-6r|" % (StrOnly(), StrOnly(), StrOnly(), StrOnly(), StrOnly()))
print("%s" % (StrOnly(),), "[%s]" % ", ".join("%02d" % i for i in range(5)), "%3d|%-3d|" % (1000, 1000))
print("%c" % 10 == "\n", "%.1c|" % "x", "%-1c|" % "y", "%s and %s" % tuple("ab"), "%s" % "%s")
print("%i" % 3.7, "%u" % -3.7, "%x" % 255, "%.2s%.2s" % ("abc", "def"))
