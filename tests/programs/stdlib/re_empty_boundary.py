# Python 3.11: neither \b nor \B matches an empty subject (3.14 changed \B), and an empty
# subject is judged up to endpos.
import re

print(re.search(r"\B", ""), re.search(r"\b", ""), re.match(r"\B", ""), re.fullmatch(r"\B", ""))
print(re.search(r"\B", "abc"), re.findall(r"\B", "abc"), re.findall(r"\B", ""))
print(re.search(rb"\B", b""), re.search(r"(?a)\B", ""), re.search(rb"(?L)\B", b""))
p = re.compile(r"\B")
for a in [("ab", 2, 0), ("ab", 0, 0), ("ab", 1, 1), ("ab", 2, 2), ("", 0, 5)]:
    print(a, p.search(*a), p.match(*a), p.fullmatch(*a))
print(repr(re.sub(r"\B", "-", "")), re.sub(r"\B", "-", "ab c"), re.split(r"\B", ""))
print(list(re.finditer(r"x|\B", "")), re.search(r"(?:\B)*x|y", ""), re.search(r"(?=\B)", ""))
print(re.search(r"(?<!\B)", ""), re.search(r"a|(?!\B)", ""), re.search(r"(?:a\B)?", ""))
