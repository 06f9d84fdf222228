# A call made for its effect (`g.switch()` as a statement) whose result arrives in another way than
# a plain return: through a greenlet whose run is itself a switch (a hard switch inside its start),
# through a greenlet that finishes into its parent, and through a soft switch back. Each result is
# dropped and the statement after the call runs once.
from greenlet import greenlet, getcurrent

let1 = greenlet(getcurrent().switch)
let2 = greenlet(getcurrent().switch)
let1.switch()
print("a")
let2.switch()
print("b")
let1.switch()
print("c", let1.dead)
let2.switch()
print("d", let2.dead)


def child():
    main.switch(1)
    main.switch(2)
    return 3


main = getcurrent()
g = greenlet(child)
for i in range(4):
    g.switch()
    print("loop", i, g.dead)

seen = []
ping = greenlet(lambda: [seen.append(pong.switch(n)) for n in range(3)])
pong = greenlet(lambda *a: [seen.append(ping.switch(x)) for x in "xyz"])
ping.switch()
print(seen, ping.dead, pong.dead)
