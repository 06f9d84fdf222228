"""Richards: a tiny operating-system kernel simulation.

Six tasks (an idle task, a worker, two packet handlers and two devices) exchange packets
through per-task queues; a priority scheduler picks the next runnable task each step.
Stresses: method calls on small class hierarchies, attribute reads/writes, linked lists,
integer bit operations, properties.
"""

import sys

ITERATIONS = 50
IDLE_COUNT = 10000

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFFER_SIZE = 4


class Packet:
    """A message travelling between tasks; queues are singly linked through `link`."""

    def __init__(self, link, destination, kind):
        self.link = link
        self.destination = destination
        self.kind = kind
        self.index = 0
        self.payload = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Appends this packet to the queue headed by `queue` and returns the new head."""
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class Task:
    """A schedulable task: a priority, an input queue and three state bits."""

    def __init__(self, kernel, ident, priority, queue):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.has_packet = queue is not None
        self.waiting = queue is not None
        self.held = False
        self.next_task = kernel.task_list
        kernel.task_list = self
        kernel.table[ident] = self

    @property
    def blocked(self):
        return self.held or (self.waiting and not self.has_packet)

    def take_packet(self):
        packet = self.queue
        self.queue = packet.link
        self.has_packet = self.queue is not None
        self.waiting = False
        return packet

    def receive(self, packet):
        """Queues `packet` here; returns the task that should run next."""
        current = self.kernel.current
        if self.queue is None:
            self.queue = packet
            self.has_packet = True
            if self.priority > current.priority:
                return self
            return current
        self.queue = packet.append_to(self.queue)
        return current

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, kernel, ident, priority, queue, count):
        super().__init__(kernel, ident, priority, queue)
        self.control = 1
        self.count = count

    def run(self, packet):
        kernel = self.kernel
        self.count -= 1
        if self.count == 0:
            return kernel.hold()
        if self.control & 1 == 0:
            self.control >>= 1
            return kernel.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return kernel.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        super().__init__(kernel, ident, priority, queue)
        self.target = HANDLER_A
        self.letter = 0

    def run(self, packet):
        kernel = self.kernel
        if packet is None:
            return kernel.wait()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        packet.destination = self.target
        packet.index = 0
        payload = packet.payload
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            payload[i] = 64 + self.letter
        return kernel.send(packet)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        super().__init__(kernel, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        kernel = self.kernel
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            position = work.index
            if position >= BUFFER_SIZE:
                self.work = work.link
                return kernel.send(work)
            device = self.devices
            if device is not None:
                self.devices = device.link
                device.index = work.payload[position]
                work.index = position + 1
                return kernel.send(device)
        return kernel.wait()


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        super().__init__(kernel, ident, priority, queue)
        self.pending = None

    def run(self, packet):
        kernel = self.kernel
        if packet is None:
            pending = self.pending
            if pending is None:
                return kernel.wait()
            self.pending = None
            kernel.checksum = (kernel.checksum * 31 + pending.index) & 0xFFFFFFFF
            return kernel.send(pending)
        self.pending = packet
        return kernel.hold()


class Kernel:
    """The scheduler: runs the highest-priority unblocked task until none is left."""

    def __init__(self):
        self.task_list = None
        self.table = [None] * 6
        self.current = None
        self.sent = 0
        self.holds = 0
        self.checksum = 0

    def hold(self):
        self.holds += 1
        self.current.held = True
        return self.current.next_task

    def wait(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        task = self.table[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet):
        target = self.table[packet.destination]
        self.sent += 1
        packet.link = None
        packet.destination = self.current.ident
        return target.receive(packet)

    def schedule(self):
        task = self.task_list
        while task is not None:
            if task.blocked:
                task = task.next_task
                continue
            packet = None
            if task.waiting and task.has_packet:
                packet = task.take_packet()
            self.current = task
            task = task.run(packet)


def simulate():
    kernel = Kernel()
    IdleTask(kernel, IDLE, 0, None, IDLE_COUNT)
    work = Packet(None, 0, KIND_WORK)
    work = Packet(work, 0, KIND_WORK)
    WorkerTask(kernel, WORKER, 1000, work)
    for ident, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        queue = Packet(None, device, KIND_DEVICE)
        queue = Packet(queue, device, KIND_DEVICE)
        queue = Packet(queue, device, KIND_DEVICE)
        HandlerTask(kernel, ident, priority, queue)
    DeviceTask(kernel, DEVICE_A, 4000, None)
    DeviceTask(kernel, DEVICE_B, 5000, None)
    kernel.schedule()
    return kernel


def main():
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    total_sent = total_holds = checksum = 0
    for _ in range(max(1, int(ITERATIONS * scale))):
        kernel = simulate()
        total_sent += kernel.sent
        total_holds += kernel.holds
        checksum = (checksum * 7 + kernel.checksum) % 1000000007
    print(f"packets sent {total_sent}")
    print(f"holds {total_holds}")
    print(f"checksum {checksum}")


main()
