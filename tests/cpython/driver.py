"""Runs CPython Lib/test modules under weft with unittest and reports every test's outcome.

Usage: weft tests/cpython/driver.py test_grammar [test_int ...]

For each module it prints one line per test, `<outcome> <test id>` with outcome one of ok, FAIL,
ERROR, skip, xfail, xpass, then `== <module> passed=N failed=N errors=N skipped=N`. A module that
cannot be imported counts as one error. tests/lib_tests.rs compares the pass counts with
tests/cpython/expected.txt.
"""
import os
import sys
import time
import unittest

# A test that forks and whose child returns into the runner (after an unexpected exception) must
# not go on running the suite in the child: the child ends at its first report.
MAIN_PID = os.getpid()


class Outcomes(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.passed = 0

    def _line(self, outcome, test):
        if os.getpid() != MAIN_PID:
            os._exit(1)
        print(outcome, test.id(), flush=True)

    def addSuccess(self, test):
        self.passed += 1
        self._line('ok', test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._line('FAIL', test)

    def addError(self, test, err):
        super().addError(test, err)
        self._line('ERROR', test)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._line('skip', test)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._line('xfail', test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._line('xpass', test)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            failed = issubclass(err[0], test.failureException)
            self._line('FAIL' if failed else 'ERROR', subtest)


def run(name, show):
    start = time.monotonic()
    result = Outcomes()
    try:
        suite = unittest.defaultTestLoader.loadTestsFromName('test.' + name)
    except BaseException as e:
        print('ERROR', 'test.' + name, '(import)', type(e).__name__, e)
        result.errors.append((None, repr(e)))
    else:
        suite.run(result)
    if show:
        for test, text in result.failures + result.errors:
            print('-' * 70)
            print(test.id() if test is not None else name)
            print(text)
    print(f'== {name} passed={result.passed} failed={len(result.failures)} '
          f'errors={len(result.errors)} skipped={len(result.skipped)} '
          f'seconds={time.monotonic() - start:.1f}', flush=True)


if __name__ == '__main__':
    args = sys.argv[1:]
    show = '--tracebacks' in args
    for name in [a for a in args if not a.startswith('--')]:
        run(name, show)
