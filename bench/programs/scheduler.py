# bench-args: 3000
# Class-heavy: a small Richards-style task scheduler with devices, workers and packets,
# exercising method calls, inheritance and attribute access.
import sys


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.count = 0
        self.data = [0, 0, 0, 0]

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
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.runs = 0

    def take(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
        return packet

    def step(self, packet):
        raise NotImplementedError


class Idler(Task):
    def step(self, packet):
        self.runs += 1
        target = 2 + (self.runs % 2)
        return self.scheduler.wake(target)


class Worker(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.dest = 2
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return None
        self.runs += 1
        self.dest = 5 - self.dest if self.dest in (2, 3) else 2
        for i in range(4):
            self.letter = (self.letter + 1) % 26
            packet.data[i] = self.letter
        packet.count += 1
        return self.scheduler.send(packet, self.dest)


class Device(Task):
    def step(self, packet):
        if packet is None:
            return None
        self.runs += 1
        packet.count += sum(packet.data)
        return self.scheduler.send(packet, 1)


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.steps = 0

    def add(self, task):
        self.tasks[task.ident] = task

    def wake(self, ident):
        return self.tasks.get(ident)

    def send(self, packet, ident):
        task = self.tasks[ident]
        task.queue = packet.append_to(task.queue)
        return task

    def run(self, limit):
        order = sorted(self.tasks.values(), key=lambda t: -t.priority)
        while self.steps < limit:
            progressed = False
            for task in order:
                packet = task.take()
                if packet is not None or isinstance(task, Idler):
                    task.step(packet)
                    progressed = True
                self.steps += 1
            if not progressed:
                break


limit = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
s = Scheduler()
s.add(Idler(s, 1, 0, None))
queue = None
for i in range(6):
    queue = Packet(None, 2, i).append_to(queue)
s.add(Worker(s, 2, 1000, queue))
s.add(Device(s, 3, 4000, None))
s.add(Device(s, 4, 5000, None))
s.add(Worker(s, 5, 2000, Packet(None, 5, 9)))
s.run(limit * 10)
print("steps:", s.steps, "runs:", [s.tasks[i].runs for i in sorted(s.tasks)])
