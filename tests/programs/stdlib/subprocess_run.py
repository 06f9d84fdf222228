# subprocess.run and its helpers: capture, check, errors, timeouts, cwd, env, input, text mode.
import os
import subprocess
import sys

r = subprocess.run(["echo", "hello"], capture_output=True)
print(r.args, r.returncode, r.stdout, r.stderr)
print(repr(r).startswith("CompletedProcess(args=['echo', 'hello'], returncode=0"))

print(subprocess.check_output([sys.executable, "-c", "print(6 * 7)"]))
print(subprocess.check_output([sys.executable, "-c", "import sys; sys.stdout.write(sys.stdin.read().upper())"],
                              input=b"piped input\n"))
print(subprocess.run([sys.executable, "-c", "print('text')"], capture_output=True, text=True).stdout)

r = subprocess.run([sys.executable, "-c", "import sys; print('out'); print('err', file=sys.stderr); sys.exit(3)"],
                   capture_output=True)
print(r.returncode, r.stdout, r.stderr)

try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e, e.returncode, e.cmd)

try:
    subprocess.check_call([sys.executable, "-c", "raise SystemExit(5)"])
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e.returncode, e.cmd[1:])

try:
    subprocess.run(["/nonexistent/program"])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)

try:
    subprocess.run(["definitely-not-a-command-weft"])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)

try:
    subprocess.run(["true"], cwd="/nonexistent/dir")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)

try:
    subprocess.run(["/"])
except PermissionError as e:
    print(type(e).__name__, e.errno, e.filename)

try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd)

try:
    subprocess.run([sys.executable, "-c", "import time; print('partial', flush=True); time.sleep(5)"],
                   capture_output=True, timeout=1.5)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired with output", e.output)

print(subprocess.run("exit 7", shell=True).returncode)
print(subprocess.run("echo $0 shell", shell=True, capture_output=True).stdout)
print(subprocess.run(["pwd"], cwd="/", capture_output=True, text=True).stdout.strip())
print(subprocess.run(["sh", "-c", "echo $WEFT_TEST_VAR"], env={"WEFT_TEST_VAR": "from env"},
                     capture_output=True).stdout)
r = subprocess.run(["sh", "-c", "echo to-err >&2; echo to-out"], stdout=subprocess.PIPE,
                   stderr=subprocess.STDOUT)
print(r.stdout)
r = subprocess.run(["sh", "-c", "echo hidden; echo hidden >&2"], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
print(r.stdout, r.stderr, r.returncode)
print(subprocess.getoutput("echo getoutput; exit 2"))
print(subprocess.getstatusoutput("echo status; exit 2"))
print(subprocess.call([sys.executable, "-c", "import sys; sys.exit(9)"]))

# A signal's death is a negative return code.
r = subprocess.run([sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGKILL)"])
print(r.returncode)

# Universal newlines and an encoding.
r = subprocess.run(["printf", "a\\r\\nb\\rc\\n"], capture_output=True, universal_newlines=True)
print(repr(r.stdout))
r = subprocess.run(["printf", "caf\\303\\251"], capture_output=True, encoding="utf-8")
print(repr(r.stdout))

try:
    subprocess.run(["true"], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.check_output(["true"], stdout=subprocess.PIPE)
except ValueError as e:
    print(e)

# umask, user and group of the child.
print(subprocess.run(["sh", "-c", "umask"], umask=0o027, capture_output=True).stdout)
r = subprocess.run(["id", "-u"], user=os.getuid(), group=os.getgid(), capture_output=True)
print(r.stdout.strip() == str(os.getuid()).encode())
try:
    r = subprocess.run(["id", "-G"], extra_groups=[os.getgid()], capture_output=True)
    print(r.stdout.split() == [str(os.getgid()).encode()])
except PermissionError as e:
    print("PermissionError", e.errno)
print(isinstance(os.getgroups(), list))
