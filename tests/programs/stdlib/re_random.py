# re: generated patterns and subjects (a fixed pseudo-random sequence) through every method.
import re

state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n

ATOMS = ['a', 'b', 'c', '.', r'\w', r'\d', r'\s', r'\b', '^', '$', '[ab]', '[^a]', '[a-c]', 'é',
         r'\W', '(?:ab)', 'x', '[é-ü]', r'\Z', r'\A']
ANCHORS = {r'\b', '^', '$', r'\Z', r'\A'}
REPS = ['', '', '', '*', '+', '?', '*?', '+?', '??', '{2}', '{1,3}', '{,2}?', '*+', '++', '?+']

def gen(depth=0):
    parts = []
    for _ in range(1 + rnd(4)):
        k = rnd(10)
        if k < 6 or depth > 2:
            atom = ATOMS[rnd(len(ATOMS))]
            rep = REPS[rnd(len(REPS))]
            parts.append(atom if atom in ANCHORS else atom + rep)
        elif k == 6:
            parts.append('(' + gen(depth + 1) + ')' + REPS[rnd(len(REPS))])
        elif k == 7:
            parts.append('(?:' + gen(depth + 1) + '|' + gen(depth + 1) + ')' + REPS[rnd(len(REPS))])
        elif k == 8:
            parts.append(['(?=', '(?!', '(?>'][rnd(3)] + gen(depth + 1) + ')')
        else:
            parts.append('(?P<g%d>' % rnd(1000) + gen(depth + 1) + ')')
    return ''.join(parts)

def subject():
    return ''.join('abcx é\nü1_'[rnd(10)] for _ in range(rnd(12)))

def res(m):
    return None if m is None else (m.span(), m.groups(), m.lastindex)

flags_list = [0, re.I, re.M, re.S, re.A, re.I | re.M]
n = 0
for i in range(500):
    pat = gen()
    flags = flags_list[rnd(len(flags_list))]
    try:
        p = re.compile(pat, flags)
    except re.error as e:
        print(i, 'error', e)
        continue
    except (ValueError, OverflowError) as e:
        print(i, type(e).__name__)
        continue
    for _ in range(3):
        s = subject()
        out = [res(p.match(s)), res(p.search(s)), res(p.fullmatch(s)),
               p.findall(s), [m.span() for m in p.finditer(s)], p.split(s),
               p.subn('<\\g<0>>', s)]
        pos = rnd(len(s) + 2)
        out.append(res(p.search(s, pos, pos + rnd(5))))
        bs = s.encode('utf-8')
        try:
            bp = re.compile(pat.encode('utf-8'), flags & ~re.A)
            out.append((res(bp.search(bs)), bp.findall(bs)))
        except (re.error, UnicodeEncodeError) as e:
            out.append(str(e))
        print(i, repr(pat), flags, repr(s), out)
        n += 1
print(n)
