"""Runs greenlet's own tests (from its sdist) under weft, unmodified.

Usage: weft weft_runner.py SDIST_SRC SKIPS_FILE MODULE...

SDIST_SRC is the sdist's `src` directory. weft's `greenlet` is a native module, so the tests
package is reached by giving it the sdist's package directory as `__path__`, and the names the
tests import from greenlet's C module `greenlet._greenlet` are provided here (weft keeps no
pending cleanups and one main greenlet per thread). Tests listed in SKIPS_FILE (one test id per
line, then ` # reason`) are not run. Prints one `RESULT <outcome> <test id>` line per test.
"""
import os
import sys
import types
import unittest

import greenlet

src, skips_file, modules = sys.argv[1], sys.argv[2], sys.argv[3:]
greenlet.__path__ = [os.path.join(src, "greenlet")]
helpers = types.ModuleType("greenlet._greenlet")
helpers.get_pending_cleanup_count = lambda: 0
helpers.get_total_main_greenlets = lambda: 1
helpers.get_clocks_used_doing_optional_cleanup = lambda: 0
helpers.enable_optional_cleanup = lambda flag: None
greenlet._greenlet = helpers
sys.modules["greenlet._greenlet"] = helpers

skips = {}
with open(skips_file) as f:
    for line in f:
        test_id, _, reason = line.partition("#")
        if test_id.strip():
            skips[test_id.strip()] = reason.strip()


def flatten(suite):
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            yield from flatten(t)
        else:
            yield t


class Result(unittest.TestResult):
    def addSuccess(self, test):
        print("RESULT pass", test.id(), flush=True)

    def addFailure(self, test, err):
        print("RESULT fail", test.id(), flush=True)
        print(self._exc_info_to_string(err, test), file=sys.stderr)

    def addError(self, test, err):
        print("RESULT error", test.id(), flush=True)
        print(self._exc_info_to_string(err, test), file=sys.stderr)

    def addSkip(self, test, reason):
        print("RESULT skip", test.id(), flush=True)


loader = unittest.TestLoader()
for name in modules:
    for test in flatten(loader.loadTestsFromName("greenlet.tests." + name)):
        short = test.id().replace("greenlet.tests.", "", 1)
        if short in skips:
            print("RESULT excluded", test.id(), flush=True)
            continue
        test.run(Result())
