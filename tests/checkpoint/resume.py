# The checkpointed computation of examples/checkpoint_resume.py, killed midway and started again,
# ends with the result of an uninterrupted run.
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
example = os.path.join(here, "..", "..", "examples", "checkpoint_resume.py")
d = tempfile.mkdtemp()


def run(state, *extra):
    p = subprocess.run([sys.executable, "-S", example, os.path.join(d, state), *extra],
                       capture_output=True, text=True)
    return p.returncode, p.stdout.splitlines()


code, straight = run("straight.ckpt")
print(code, straight)
code, crashed = run("crashed.ckpt", "--crash-at", "237")
print(code, crashed)
code, resumed = run("crashed.ckpt")
print(code, resumed)
print(resumed[-1] == straight[-1])
print(sorted(os.listdir(d)))
