# An expression that fails at run time with no handler: exit status 1 and a TypeError.

def total(items):
    result = 0
    for item in items:
        result = result + item
    return result

print(total([1, 2, 3]))
print(total([1.5, 2.5]))
print(total(["a", "b"]) if False else "skipped strings")
print(total([1, "two", 3]))
print("never reached")
