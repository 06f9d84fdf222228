# an exception raised inside a key function propagates out of sorted() uncaught


class Record:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def __repr__(self):
        return "Record(%r, %r)" % (self.name, self.age)


records = [Record("ann", 31), Record("bob", 25), Record("cy", 40)]
print(sorted(records, key=lambda r: r.age))
print(sorted(records, key=lambda r: r.name, reverse=True))
print(min(records, key=lambda r: r.age), max(records, key=lambda r: len(r.name)))
records.append(Record("dee", None))


def age_key(r):
    print("key for", r.name)
    return r.age


try:
    sorted(records, key=age_key)
except TypeError as e:
    print("TypeError", e)


class Oops(Exception):
    pass


def strict_key(r):
    if r.age is None:
        raise Oops("record %s has no age" % r.name)
    return r.age


print([r.name for r in filter(lambda r: r.age is not None, records)])
print(sorted(records[:3], key=strict_key))
print("sorting everything now")
print(sorted(records, key=strict_key))
print("unreachable")
#
#
#
#
#
#
#
#
#
