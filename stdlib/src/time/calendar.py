# The calendar half of `time` (struct_time, gmtime, localtime, mktime, strftime, asctime, ctime,
# get_clock_info), run once when the module is built. `struct_time`, `time` and `monotonic` are
# already in the namespace. Local time is UTC: weft reads no time zone database.

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return y + (m <= 2), m, d


def _seconds(secs):
    if secs is None:
        return int(time())
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        return int(secs // 1)
    return secs.__index__() if not isinstance(secs, int) else secs


def gmtime(secs=None):
    if secs is not None and not isinstance(secs, (int, float)) and not hasattr(type(secs), "__index__"):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    s = _seconds(secs)
    days, rem = divmod(s, 86400)
    y, m, d = _civil_from_days(days)
    yday = days - _days_from_civil(y, 1, 1) + 1
    wday = (days + 3) % 7
    return struct_time((y, m, d, rem // 3600, rem // 60 % 60, rem % 60, wday, yday, 0),
                       {"tm_zone": "UTC", "tm_gmtoff": 0})


def localtime(secs=None):
    return gmtime(secs)


def _tuple(t, fname):
    if isinstance(t, struct_time):
        return tuple(t)
    if not isinstance(t, tuple) or len(t) != 9:
        raise TypeError(f"{fname}(): illegal time tuple argument")
    return t


def mktime(t):
    y, m, d, hh, mm, ss = _tuple(t, "mktime")[:6]
    return float(_days_from_civil(y, m, d) * 86400 + hh * 3600 + mm * 60 + ss)


def strftime(format, t=None):
    if t is None:
        t = localtime()
    y, m, d, hh, mm, ss, wd, yd, dst = _tuple(t, "strftime")
    out = []
    i = 0
    while i < len(format):
        c = format[i]
        if c != "%" or i + 1 == len(format):
            out.append(c)
            i += 1
            continue
        k = format[i + 1]
        i += 2
        if k == "Y": out.append(str(y))
        elif k == "y": out.append("%02d" % (y % 100))
        elif k == "m": out.append("%02d" % m)
        elif k == "d": out.append("%02d" % d)
        elif k == "e": out.append("%2d" % d)
        elif k == "H": out.append("%02d" % hh)
        elif k == "I": out.append("%02d" % ((hh - 1) % 12 + 1))
        elif k == "p": out.append("AM" if hh < 12 else "PM")
        elif k == "M": out.append("%02d" % mm)
        elif k == "S": out.append("%02d" % ss)
        elif k == "j": out.append("%03d" % yd)
        elif k == "a": out.append(_DAYS[wd % 7][:3])
        elif k == "A": out.append(_DAYS[wd % 7])
        elif k == "b" or k == "h": out.append(_MONTHS[(m - 1) % 12][:3])
        elif k == "B": out.append(_MONTHS[(m - 1) % 12])
        elif k == "w": out.append(str((wd + 1) % 7))
        elif k == "u": out.append(str(wd + 1))
        elif k == "Z": out.append("UTC")
        elif k == "z": out.append("+0000")
        elif k == "F": out.append("%d-%02d-%02d" % (y, m, d))
        elif k == "T": out.append("%02d:%02d:%02d" % (hh, mm, ss))
        elif k == "D": out.append("%02d/%02d/%02d" % (m, d, y % 100))
        elif k == "R": out.append("%02d:%02d" % (hh, mm))
        elif k == "c": out.append(asctime(t))
        elif k == "x": out.append("%02d/%02d/%02d" % (m, d, y % 100))
        elif k == "X": out.append("%02d:%02d:%02d" % (hh, mm, ss))
        elif k == "n": out.append("\n")
        elif k == "t": out.append("\t")
        elif k == "%": out.append("%")
        else: out.append("%" + k)
    return "".join(out)


def asctime(t=None):
    if t is None:
        t = localtime()
    y, m, d, hh, mm, ss, wd = _tuple(t, "asctime")[:7]
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[wd % 7][:3], _MONTHS[(m - 1) % 12][:3], d, hh, mm, ss, y)


def ctime(secs=None):
    return asctime(localtime(secs))


class _ClockInfo:
    def __init__(self, implementation, monotonic, adjustable, resolution):
        self.implementation = implementation
        self.monotonic = monotonic
        self.adjustable = adjustable
        self.resolution = resolution

    def __repr__(self):
        return (f"namespace(implementation={self.implementation!r}, monotonic={self.monotonic!r}, "
                f"adjustable={self.adjustable!r}, resolution={self.resolution!r})")


def get_clock_info(name):
    if name == "time":
        return _ClockInfo("clock_gettime(CLOCK_REALTIME)", False, True, 1e-09)
    if name in ("monotonic", "perf_counter"):
        return _ClockInfo("clock_gettime(CLOCK_MONOTONIC)", True, False, 1e-09)
    if name in ("process_time", "thread_time"):
        return _ClockInfo("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", True, False, 1e-09)
    raise ValueError("unknown clock")

