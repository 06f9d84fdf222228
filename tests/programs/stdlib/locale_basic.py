# _locale and locale in the C locale: setlocale, localeconv, nl_langinfo, encodings, collation,
# formatting, errors; gettext imports.
import _locale
import locale

print(sorted(n for n in dir(_locale) if n.startswith("LC_")), _locale.CHAR_MAX)
print([(n, getattr(_locale, n)) for n in ("LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE",
                                          "LC_MONETARY", "LC_MESSAGES", "LC_ALL")])
print(locale.Error is _locale.Error, locale.Error.__mro__, locale.Error.__module__)
print(locale.setlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_NUMERIC, "C"))
print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_ALL, "POSIX"), locale.setlocale(locale.LC_COLLATE))
print(locale.setlocale(locale.LC_ALL, "") == locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_ALL, "C"))
print(locale.setlocale(locale.LC_ALL, None))
for bad in [("no_such_LOCALE",), ("C\0",), (3.5,), ("x",)]:
    try:
        locale.setlocale(*bad) if len(bad) == 1 and not isinstance(bad[0], str) else \
            locale.setlocale(locale.LC_ALL, *bad)
    except Exception as e:
        print(type(e).__name__, e)
for args in [(99,), (99, "C"), (locale.LC_ALL, 5), ("x", "C")]:
    try:
        _locale.setlocale(*args)
    except Exception as e:
        print(type(e).__name__, e)

conv = locale.localeconv()
print(list(conv))
print(conv)
print(locale.nl_langinfo(locale.CODESET) in ("ANSI_X3.4-1968", "UTF-8"))
for name in ("D_T_FMT", "D_FMT", "T_FMT", "T_FMT_AMPM", "AM_STR", "PM_STR", "DAY_1", "ABDAY_7",
             "MON_1", "ABMON_12", "RADIXCHAR", "THOUSEP", "YESEXPR", "NOEXPR", "CRNCYSTR", "ERA",
             "ERA_D_FMT", "ALT_DIGITS", "_DATE_FMT"):
    print(name, getattr(_locale, name), repr(locale.nl_langinfo(getattr(_locale, name))))
for bad in (12345678, "x"):
    try:
        locale.nl_langinfo(bad)
    except Exception as e:
        print(type(e).__name__, e)

print(locale.getencoding(), locale.getpreferredencoding(), locale.getpreferredencoding(False))
print(locale.strcoll("a", "b") < 0, locale.strcoll("b", "a") > 0, locale.strcoll("a", "a"))
print(locale.strcoll("\u00e9", "f") > 0, sorted(["b", "A", "a", "\u00e9", "B"], key=locale.strxfrm))
print(repr(locale.strxfrm("abc")), repr(locale.strxfrm("")))
for f, args in [(locale.strcoll, ("a\0", "b")), (locale.strcoll, (1, "b")),
                (locale.strxfrm, ("a\0b",)), (locale.strxfrm, (b"x",))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)

print(locale.format_string("%d and %.2f", (1234567, 3.14159)))
print(locale.format_string("%d", 1234567, grouping=True), locale.currency(5, grouping=True)
      if conv["int_frac_digits"] != 127 else "no currency in C")
print(locale.str(3.5), locale.atof("2.5"), locale.atoi("42"), locale.delocalize("1.5"))
print(locale.localize("1234.5", grouping=True), locale.normalize("en_US"), locale.normalize("C"))
print(locale.getlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_TIME))
locale.resetlocale() if hasattr(locale, "resetlocale") and False else None

import gettext
print(gettext.gettext("hello"), gettext.ngettext("one", "many", 2))
t = gettext.NullTranslations()
print(t.gettext("x"), gettext.find("nonexistent_domain_xyz"))
