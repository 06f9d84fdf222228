# re: lookahead/lookbehind, backreferences, conditionals, atomic groups and possessive repeats.
import re

def show(m):
    print(None if m is None else (m.span(), m.group(), m.groups()))

show(re.search(r'foo(?=bar)', 'foobaz foobar'))
show(re.search(r'foo(?!bar)', 'foobar foobaz'))
show(re.search(r'(?<=\$)\d+', 'cost: $42'))
show(re.search(r'(?<!\$)\b\d+', '$42 17'))
show(re.search(r'(?<=ab|cd)x', 'cdx'))
show(re.search(r'(?<=(a))b', 'ab'))
show(re.search(r'(?=(\w+))\w', 'hello'))
show(re.search(r'^(?=.*\d)(?=.*[a-z]).{4,}$', 'abc1'))
show(re.search(r'^(?=.*\d)(?=.*[a-z]).{4,}$', 'abcd'))
try:
    re.compile(r'(?<=a+)b')
except re.error as e:
    print('error', e)

show(re.search(r'(\w)\1', 'abccd'))
show(re.search(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" now'))
show(re.search(r'(a)|\1', 'x'))
show(re.match(r'(?i)(a)\1', 'aA'))
show(re.match(r'(a)(?:b\1)*', 'ababa'))
show(re.match(r'(?:(a)|b)\1?', 'b'))
try:
    re.compile(r'(a)\2')
except re.error as e:
    print('error', e)

show(re.match(r'(a)?(?(1)b|c)', 'ab'))
show(re.match(r'(a)?(?(1)b|c)', 'c'))
show(re.match(r'(?P<x><)?\w+(?(x)>)', '<tag>'))
show(re.match(r'(?P<x><)?\w+(?(x)>)', 'tag>'))

# atomic groups and possessive quantifiers (new in 3.11)
show(re.match(r'(?>a+)b', 'aaab'))
show(re.match(r'(?>a+)a', 'aaaa'))
show(re.match(r'a++a', 'aaaa'))
show(re.match(r'a*+b', 'aaab'))
show(re.match(r'a?+a', 'a'))
show(re.match(r'(?:ab)++', 'ababx'))
show(re.match(r'(?:ab)*+ab', 'abab'))
show(re.match(r'a{1,3}+a', 'aaaa'))
show(re.match(r'a{1,3}+a', 'aaa'))
show(re.match(r'(?>(a)|ab)c', 'abc'))
show(re.fullmatch(r'(?>x*)y', 'xxy'))

# lazy vs greedy with backtracking into groups
show(re.match(r'(a+?)(a*)', 'aaa'))
show(re.match(r'(a|ab)(c|bcd)(d*)', 'abcd'))
show(re.match(r'(.*)(\d+)', 'abc123'))
show(re.match(r'(.*?)(\d+)', 'abc123'))
show(re.match(r'((a)|(b))*?c', 'abac'))
show(re.match(r'(a*)*', 'b'))
show(re.match(r'(a*)+', 'b'))
show(re.match(r'(a|b)*?c', 'ababc'))
show(re.match(r'(?:a{2})*', 'aaaaa'))
show(re.match(r'x{0}y', 'y'))

# a failed alternative outside a repeat leaves the group start it set (CPython 3.11)
show(re.match(r'(?:(a)|b)*+c', 'abc'))
show(re.match(r'(?:(a)|b)++', 'ab'))
show(re.match(r'(?>(a)x|a(b))', 'ab'))

# backtracking into a repeat that reached its count
print(re.fullmatch(r'(?:a??){2}', 'aa'), re.fullmatch(r'(?:(?:ab)??){2}', 'abab'))
print(re.match(r'(?:a??){2}$', 'aa'), re.fullmatch(r'(?:.??\W{,2}?){2}', '\n_\n'))

# a negative lookahead whose body matched leaves no group behind
m = re.match(r'((?!(?P<n>[^a]+)$(?:c*|b+?)??)\W*(?=[a-c]{2})(ab)+)?(?!\Z)', 'c')
print(m.span(), m.groups(), m.lastindex)
