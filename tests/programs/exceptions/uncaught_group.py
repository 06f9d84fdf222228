# an uncaught ExceptionGroup: exit status 1 and the group summary as the last stderr line


def validate(record):
    problems = []
    if not record.get("name"):
        problems.append(ValueError("name is empty"))
    if not isinstance(record.get("age"), int):
        problems.append(TypeError("age must be int, got %s" % type(record.get("age")).__name__))
    if record.get("age", 0) is not None and isinstance(record.get("age"), int) and record["age"] < 0:
        problems.append(ValueError("age is negative"))
    if problems:
        raise ExceptionGroup("invalid record %r" % record.get("name"), problems)
    return True


print(validate({"name": "ok", "age": 3}))
try:
    validate({"name": "", "age": "x"})
except* ValueError as g:
    print("value problems:", [str(e) for e in g.exceptions])
except* TypeError as g:
    print("type problems:", [str(e) for e in g.exceptions])
try:
    validate({"name": "neg", "age": -1})
except ExceptionGroup as g:
    print(g.message, len(g.exceptions))
print("validating a bad record without a handler")
validate({"name": "", "age": None})
print("not reached")
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
