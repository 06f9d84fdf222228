# Compile-time warnings: SyntaxWarning from the compiler and the tokenizer, DeprecationWarning for
# invalid escape sequences; a filter saying "error" turns each into the SyntaxError it stands for.
import warnings

SOURCES = [
    'x is 1',
    'x is not "a"',
    '1 is x',
    'x is y is 1',
    'x is -1',
    'x is (1, 2)',
    'x is None or x is True or x is ...',
    'if x is 1 is y: pass',
    'assert (x, "msg")',
    'assert ()',
    '[(1, 2) (3, 4)]',
    '[f"{x}" (3, 4)]',
    '[None (3, 4)]',
    '[(lambda x: x) (3, 4)]',
    '[{1, 2} [i, j]]',
    '[123 [i, j]]',
    '[(x, y) [i, j]]',
    '["abc" [i, j]]',
    '[[1, 2] [3, 4]]',
    '[[1, 2] [{3: 4}]]',
    '[[1, 2] [i]]',
    '0xfor x',
    '1if x else y',
    '[0x1for x in ()]',
    '1.in x',
    '9spam',
    'x = 1\ny = "\\d"',
    'x = "ab\\400"',
    'x = b"\\q"',
    'x = "\\é"',
    "f'\\{6*7}'",
    "f'a\\d{x}'",
    'x = 1 +',
]

for src in SOURCES:
    for action in ('always', 'error'):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter(action)
            try:
                compile(src, '<test>', 'exec')
                outcome = 'compiled'
            except SyntaxError as e:
                outcome = f'{type(e).__name__}: {e.msg} {(e.lineno, e.offset, e.end_lineno, e.end_offset)}'
        print(repr(src), action, outcome)
        for w in caught:
            print('   ', w.category.__name__, w.message, w.filename, w.lineno)

print(f'\{6*7}', '\d', b'\q')
