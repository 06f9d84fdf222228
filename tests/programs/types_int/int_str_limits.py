# str <-> int conversion limits (sys.set_int_max_str_digits, 4300 digits by default)
import sys

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
n = 10**4299
print(len(str(n)), len(repr(n)), str(n)[:5])
big = 10**4300
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    repr(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{big}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    "%d" % big
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(int("1" * 4300) % 97)
try:
    int("0" * 5000 + "1")
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(big)), len(bin(big)), len(oct(big)), int(hex(big), 16) == big)
print(int("f" * 10000, 16).bit_length(), len(format(big, "x")))
print(big.bit_length(), (big + 1) % 10**9, big // 10**4290)

sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(big)), int("7" * 4999) % 1000)
try:
    str(10**5000)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10**20000)), int("9" * 20000) % 11)
for bad in [1, 639, -1]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits(), len(str(10**639)))
try:
    str(10**640)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("5" * 641)
except ValueError as e:
    print(type(e).__name__, e)
print(int("5" * 641, 16) % 1000, int("1" * 700, 2) > 0)
sys.set_int_max_str_digits(4300)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
n = -(10**4299)
print(len(str(n)))
try:
    str(-(10**4300))
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.set_int_max_str_digits("100")
except TypeError as e:
    print(type(e).__name__, e)
print(len(str(7**5000 % 10**4000)) <= 4000)
print(str(10**4299 * 9 + (10**4299 - 1))[-3:])
