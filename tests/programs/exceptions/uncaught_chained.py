# uncaught exception raised from another: the last stderr line is the outermost exception


class StorageError(Exception):
    pass


def read_record(db, key):
    try:
        return db[key]
    except KeyError as e:
        raise StorageError("record %r not found" % key) from e


db = {"alice": 1, "bob": 2}
print(read_record(db, "alice"))
try:
    read_record(db, "carol")
except StorageError as e:
    print(type(e).__name__, e, "caused by", repr(e.__cause__))


def implicit(db):
    try:
        return db["zed"]
    except KeyError:
        return db["zed"].upper()


try:
    implicit(db)
except KeyError as e:
    print("implicit chain context:", repr(e.__context__))
print("raising uncaught chained error")
read_record(db, "dave")
#
#
#
#
#
#
#
#
#
#
#
#
#
