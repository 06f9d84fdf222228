# 100,000 tasklets, each blocked two calls deep on a channel, all woken and finished.
import stackless

N = 100000
ch = stackless.channel()
total = [0, 0]

def inner(i):
    v = ch.receive()
    return v * i

def middle(i):
    return inner(i) + 1

def worker(i):
    r = middle(i)
    total[0] += r
    total[1] += 1

for i in range(N):
    stackless.tasklet(worker)(i)
print(stackless.getruncount())
stackless.run()
print(ch.balance, stackless.getruncount(), total)
t = ch.queue
print(t.blocked, t.frame.f_code.co_name)
for i in range(N):
    ch.send(2)
print(ch.balance, stackless.getruncount(), total)
print(total[0] == 2 * sum(range(N)) + N)

# the same with the senders blocked and main receiving
def sender(i):
    ch.send(i)

for i in range(N):
    stackless.tasklet(sender)(i)
stackless.run()
print(ch.balance)
s = 0
for v in ch:
    s += v
    if not ch.balance:
        break
print(s == sum(range(N)), ch.balance, stackless.getruncount())
stackless.run()
print(stackless.getruncount())
