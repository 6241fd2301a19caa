# GC workload: Richards-style OS scheduler - task classes with inheritance, packets, a scheduler loop
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.waiting = queue is not None
        self.runs = 0
        sched.add(self)

    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def take_packet(self):
        p = self.queue
        if p is not None:
            self.queue = p.link
            p.link = None
        return p

    def receive(self, packet):
        self.queue = packet.append_to(self.queue)
        self.waiting = False

    def step(self, packet):
        raise NotImplementedError("abstract")

    def name(self):
        return type(self).__name__ + str(self.ident)


class IdleTask(Task):
    def __init__(self, sched, ident, count):
        Task.__init__(self, sched, ident, 0, None)
        self.control = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            self.sched.stop = True
            return
        if self.control & 1 == 0:
            self.control = self.control // 2
            self.sched.release(DEVICE_A)
        else:
            self.control = (self.control // 2) ^ 0xD008
            self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, queue):
        super().__init__(sched, ident, 1000, queue)
        self.dest = HANDLER_A
        self.count = 0

    def step(self, packet):
        if packet is None:
            self.waiting = True
            return
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.ident = self.dest
        packet.datum = 0
        for i in range(4):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        self.sched.send(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, queue):
        super().__init__(sched, ident, 2000 + ident, queue)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            w = self.work
            if w.datum < 4:
                if self.devices is not None:
                    d = self.devices
                    self.devices = d.link
                    d.datum = w.data[w.datum]
                    w.datum += 1
                    self.sched.send(d)
                    return
            else:
                self.work = w.link
                self.sched.send(w)
                return
        self.waiting = True


class DeviceTask(Task):
    def __init__(self, sched, ident):
        super().__init__(sched, ident, 4000 + ident, None)
        self.pending = None
        self.output = []

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                self.waiting = True
                return
            p = self.pending
            self.pending = None
            self.sched.send(p)
        else:
            self.pending = packet
            self.output.append(chr(packet.datum))
            self.held = True
            self.sched.hold_count += 1


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.queue_count = 0
        self.hold_count = 0
        self.idle_releases = 0
        self.stop = False

    def add(self, task):
        self.tasks[task.ident] = task

    def send(self, packet):
        target = self.tasks[packet.ident]
        self.queue_count += 1
        packet.ident = self.current.ident
        target.receive(packet)

    def release(self, ident):
        t = self.tasks[ident]
        if t.held:
            t.held = False
        else:
            self.idle_releases += 1

    def run(self):
        order = sorted(self.tasks.values(), key=lambda t: -t.priority)
        steps = 0
        while not self.stop and steps < 100000:
            ran = False
            for t in order:
                if t.runnable():
                    self.current = t
                    t.runs += 1
                    t.step(t.take_packet())
                    ran = True
                    steps += 1
                    break
            if not ran:
                break
        return steps


def chain(n, kind, first_ident):
    q = None
    for i in range(n):
        q = Packet(q, first_ident, kind)
    return q


s = Scheduler()
IdleTask(s, IDLE, 400)
WorkerTask(s, WORKER, chain(2, KIND_WORK, IDLE))
HandlerTask(s, HANDLER_A, chain(3, KIND_DEVICE, DEVICE_A))
HandlerTask(s, HANDLER_B, chain(3, KIND_DEVICE, DEVICE_B))
DeviceTask(s, DEVICE_A)
DeviceTask(s, DEVICE_B)
steps = s.run()
print("steps", steps, "queued", s.queue_count, "holds", s.hold_count, "idle releases", s.idle_releases)
for ident in sorted(s.tasks):
    t = s.tasks[ident]
    print(t.name(), "runs", t.runs, "prio", t.priority)
for ident in (DEVICE_A, DEVICE_B):
    out = "".join(s.tasks[ident].output)
    print(ident, len(out), out[:30])
print(isinstance(s.tasks[WORKER], Task), issubclass(DeviceTask, Task))
