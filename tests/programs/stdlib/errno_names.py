import errno
print(sorted((n, getattr(errno, n)) for n in dir(errno) if n.startswith('E')))
print(sorted(errno.errorcode.items()))
