import _stat, stat
print([(n, getattr(_stat, n)) for n in dir(_stat) if n.isupper() and isinstance(getattr(_stat, n), int)])
for f in [_stat.S_IMODE, _stat.S_IFMT, _stat.filemode, _stat.S_ISDIR, _stat.S_ISREG]:
    for v in [2**32, 2**32 - 1, -1, 1.5, True, 2**70, "x"]:
        try:
            print(f.__name__, v, f(v))
        except Exception as e:
            print(f.__name__, v, type(e).__name__, e)
for m in [0o170777, 0o104755, 0o42644, 0o41777, 0o6000, 0o120777, 0o140600, 0o60660, 0o20620, 0o10644, 0o100000]:
    print(oct(m), _stat.filemode(m), stat.filemode(m),
          [n for n in ('S_ISDIR', 'S_ISCHR', 'S_ISBLK', 'S_ISREG', 'S_ISFIFO', 'S_ISLNK', 'S_ISSOCK',
                       'S_ISDOOR', 'S_ISPORT', 'S_ISWHT') if getattr(_stat, n)(m)])
print(stat.S_ISDIR is _stat.S_ISDIR, stat.filemode is _stat.filemode)
print(_stat.S_ISDIR.__doc__)
print(_stat.filemode.__doc__)
print(_stat.__doc__.splitlines()[:3])
import os
print(stat.S_ISDIR(os.stat('.').st_mode), stat.S_ISREG(os.stat(__file__).st_mode))
