# subprocess.Popen: pipes, communicate, wait/poll, signals, pass_fds, preexec_fn, sessions.
import os
import signal
import subprocess
import sys

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"line\n" * 3)
print(out, err, p.returncode)

# Large data through both pipes at once (communicate must interleave with select).
data = bytes(range(256)) * 2000
p = subprocess.Popen([sys.executable, "-c",
                      "import sys; d = sys.stdin.buffer.read(); sys.stdout.buffer.write(d[::-1]);"
                      "sys.stderr.write(str(len(d)))"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(data)
print(out == data[::-1], err, p.returncode)

with subprocess.Popen([sys.executable, "-c", "print('in with')"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode)

p = subprocess.Popen([sys.executable, "-c", "import sys\nfor line in sys.stdin: print(line.strip()[::-1], flush=True)"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
for word in ["abc", "hello", "weft"]:
    p.stdin.write(word + "\n")
    p.stdin.flush()
    print(p.stdout.readline().strip())
p.stdin.close()
print(p.wait(), p.stdout.read())
p.stdout.close()

p = subprocess.Popen(["sleep", "10"])
print(p.poll())
p.terminate()
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
p.kill()
print(p.wait(), p.returncode)
p = subprocess.Popen(["sleep", "10"])
p.send_signal(signal.SIGINT)
print(p.wait())

p = subprocess.Popen(["sleep", "5"])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.timeout)
p.kill()
p.wait()

p = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(5)"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("communicate timed out", e.cmd[1:])
p.kill()
print(p.communicate(), p.returncode)

# pass_fds keeps a descriptor open in the child; others are closed.
r, w = os.pipe()
os.write(w, b"through fd")
os.close(w)
code = "import os, sys; print(os.read(int(sys.argv[1]), 100))"
print(subprocess.run([sys.executable, "-c", code, str(r)], pass_fds=[r], capture_output=True).stdout)
res = subprocess.run([sys.executable, "-c", code, str(r)], capture_output=True)
print(res.returncode, res.stderr.strip().splitlines()[-1])
os.close(r)


def pre():
    os.environ["FROM_PREEXEC"] = "yes"
    os.write(1, b"preexec ran\n")


print(subprocess.run(["sh", "-c", "echo $FROM_PREEXEC"], preexec_fn=pre, capture_output=True).stdout)


def bad():
    raise ValueError("nope")


try:
    subprocess.run(["true"], preexec_fn=bad)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)

code = "import os; print(os.getsid(0) == os.getpid())"
print(subprocess.run([sys.executable, "-c", code], start_new_session=True, capture_output=True).stdout)
print(subprocess.run([sys.executable, "-c", code], capture_output=True).stdout)


p = subprocess.Popen(["true"], stdout=subprocess.PIPE)
p.wait()
print(p.args, p.pid > 0, p.returncode, p.stdout.read())
p.stdout.close()

print(os.get_inheritable(0), os.get_inheritable(1))
