import sys

def make_jumper(code, jump_from, jump_to, event='line'):
    state = {'done': False}
    def trace(frame, ev, arg):
        if frame.f_code is not code:
            return trace
        first = code.co_firstlineno
        if not state['done'] and ev == event and frame.f_lineno == first + jump_from:
            state['done'] = True
            try:
                frame.f_lineno = first + jump_to
            except ValueError as e:
                out.append(('ValueError', str(e)))
        return trace
    return trace

def run(func, jump_from, jump_to, event='line'):
    global out
    out = []
    sys.settrace(make_jumper(func.__code__, jump_from, jump_to, event))
    try:
        func()
    except Exception as e:
        out.append((type(e).__name__, str(e)))
    sys.settrace(None)
    print(func.__name__, out)

def forward():
    out.append(1)
    out.append(2)
    out.append(3)

def backward():
    out.append(1)
    out.append(2)
    if len(out) < 5:
        out.append(4)

def into_for():
    out.append(1)
    for i in range(2):
        out.append(3)
    out.append(4)

def out_of_for():
    for i in range(3):
        out.append(2)
        out.append(3)
    out.append(4)

def into_except():
    try:
        out.append(2)
    except ValueError:
        out.append(4)
    out.append(5)

def out_of_with():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): out.append('exit')
    with CM():
        out.append(5)
        out.append(6)
    out.append(7)

def too_far():
    out.append(1)
    out.append(2)

def not_int():
    out.append(1)
    out.append(2)

run(forward, 1, 3)
run(backward, 3, 1)
run(into_for, 1, 3)
run(out_of_for, 2, 4)
run(into_except, 2, 4)
run(out_of_with, 5, 7)
run(too_far, 1, 10)
run(too_far, 1, -5)
run(forward, 0, 2, 'call')
run(forward, 1, 2, 'return')

def setter_outside():
    f = sys._getframe()
    for v in (1, True, 'x'):
        try:
            f.f_lineno = v
        except ValueError as e:
            print('ValueError', e)
    try:
        del f.f_lineno
    except AttributeError as e:
        print('AttributeError', e)
setter_outside()
