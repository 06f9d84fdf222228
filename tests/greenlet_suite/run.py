#!/usr/bin/env python3
"""Runs greenlet's own test suite under weft and checks the pass counts against expected.txt.

Usage: run.py WEFT [--update]

greenlet's sdist (its tests ship in it) and objgraph (which its leak checks import) are fetched
with pip into target/greenlet-suite the first time; nothing of them is committed. The portable
test files run unmodified through weft_runner.py, except the tests skips.txt lists with their
reasons. A file's pass count below expected.txt fails the run; --update rewrites expected.txt.
"""
import os
import subprocess
import sys
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CACHE = os.path.join(ROOT, "target", "greenlet-suite")
GREENLET = "greenlet-3.5.6"
OBJGRAPH = "objgraph==3.6.2"
MODULES = [
    "test_greenlet",
    "test_throw",
    "test_generator",
    "test_generator_nested",
    "test_tracing",
    "test_contextvars",
    "test_gc",
    "test_weakref",
]


def fetch():
    src = os.path.join(CACHE, GREENLET, "src")
    if not os.path.isdir(src):
        os.makedirs(CACHE, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-binary", ":all:",
                        "--no-deps", "-d", CACHE, GREENLET.replace("-", "==")], check=True)
        with tarfile.open(os.path.join(CACHE, GREENLET + ".tar.gz")) as t:
            t.extractall(CACHE)
    pkgs = os.path.join(CACHE, "pkgs")
    if not os.path.isdir(os.path.join(pkgs, "objgraph.py")) and not os.path.exists(
            os.path.join(pkgs, "objgraph.py")):
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                        pkgs, OBJGRAPH], check=True)
    return src, pkgs


def expected():
    counts = {}
    with open(os.path.join(HERE, "expected.txt")) as f:
        for line in f:
            line = line.split("#")[0].split()
            if len(line) == 2:
                counts[line[0]] = int(line[1])
    return counts


def main():
    weft, update = sys.argv[1], "--update" in sys.argv
    src, pkgs = fetch()
    env = dict(os.environ, GREENLET_SKIP_LEAKCHECKS="1",
               PYTHONPATH=os.pathsep.join([os.path.join(HERE, "shim"), pkgs]))
    env.pop("PYTHONHOME", None)
    want = expected()
    got = {}
    failed = False
    for m in MODULES:
        try:
            p = subprocess.run([weft, os.path.join(HERE, "weft_runner.py"), src,
                                os.path.join(HERE, "skips.txt"), m],
                               capture_output=True, text=True, env=env, timeout=600)
            out, err, code = p.stdout, p.stderr, p.returncode
        except subprocess.TimeoutExpired as e:
            out, err, code = e.stdout or "", "timeout", "timeout"
            out = out.decode() if isinstance(out, bytes) else out
        results = [line.split()[1:] for line in out.splitlines() if line.startswith("RESULT ")]
        passed = sum(1 for r in results if r[0] == "pass")
        got[m] = passed
        bad = [r[1] for r in results if r[0] in ("fail", "error")]
        print(f"{m:24} {passed:4} passed, {len(bad)} failed, exit {code}")
        for b in bad:
            print("    not passing:", b)
        if not update and passed < want.get(m, 0):
            failed = True
            print(f"    FEWER than the expected {want.get(m, 0)}; stderr tail:")
            print("    " + "\n    ".join(err.splitlines()[-30:]))
    if update:
        with open(os.path.join(HERE, "expected.txt"), "w") as f:
            f.write("# Tests of greenlet 3.5.6's own suite that pass under weft, per file (run.py).\n")
            for m in MODULES:
                f.write(f"{m:24} {got[m]}\n")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
