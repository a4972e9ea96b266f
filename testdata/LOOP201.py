# LOOP201 module-level-asyncio-primitive: loop-bound objects created at import time.
import asyncio
import asyncio as aio
import asyncio.locks
import dataclasses
from asyncio import Lock, Event as Ev, Queue
from asyncio.locks import Semaphore
from asyncio.queues import PriorityQueue

LOCK = asyncio.Lock()  # expect: LOOP201
EVENT = aio.Event()  # expect: LOOP201
CONDITION = asyncio.locks.Condition()  # expect: LOOP201
SEMAPHORE = Semaphore(3)  # expect: LOOP201
BOUNDED = asyncio.BoundedSemaphore(2)  # expect: LOOP201
QUEUE = Queue()  # expect: LOOP201
PRIORITY = PriorityQueue()  # expect: LOOP201
LIFO = asyncio.LifoQueue()  # expect: LOOP201
BARRIER = asyncio.Barrier(2)  # expect: LOOP201
FUTURE = asyncio.Future()  # expect: LOOP201
ALIASED = (Lock(), Ev())  # expect: LOOP201:12, LOOP201:20

loop = asyncio.new_event_loop()  # expect: LOOP101
WAITER = loop.create_future()  # expect: LOOP201
POLICY_WAITER = asyncio.get_event_loop_policy().new_event_loop().create_future()  # expect: LOOP201

if LOCK:
    IN_IF = asyncio.Event()  # expect: LOOP201


class Registry:
    lock = asyncio.Lock()  # expect: LOOP201

    def __init__(self, queue=asyncio.Queue()):  # expect: LOOP201
        self.queue = queue


class Cache:
    def __init__(self):
        self.data = {}
        self.lock = asyncio.Lock()


class SubCache(Cache):  # inherits Cache.__init__
    pass


class Lazy:
    """Creates its lock on first use, inside the running loop: fine."""

    def __init__(self):
        self._lock = None

    def lock(self):
        if self._lock is None:
            self._lock = asyncio.Lock()
        return self._lock


class Deferred:
    def __init__(self):
        self.make_lock = lambda: asyncio.Lock()  # created when called, not in __init__


CACHE = Cache()  # expect: LOOP201
SUB = SubCache()  # expect: LOOP201
LAZY = Lazy()
DEFERRED = Deferred()


@dataclasses.dataclass
class Config:
    lock: asyncio.Lock = dataclasses.field(default_factory=asyncio.Lock)  # a factory reference


# ---- negatives ----


async def main():
    cache = Cache()  # built inside a coroutine
    lock = asyncio.Lock()
    queue = asyncio.Queue()
    waiter = asyncio.get_running_loop().create_future()
    return cache, lock, queue, waiter


def build():
    return Cache(), asyncio.Event()  # sync function: runs when called


class Queue:  # a project's own Queue shadows the asyncio import from here on
    pass


MY_QUEUE = Queue()


class Scheduler:
    def __init__(self):
        self.loop = make_loop()  # not a loop expression as far as the file shows

    def waiter(self):
        return self.loop.create_future()


def make_loop():
    return None


SCHEDULER = Scheduler()
EXECUTION = ExecutionLoop = object
execution_loop = ExecutionLoop()
PENDING = execution_loop.create_future()  # a name bound to something that is not a loop
unknown = undefined_factory()  # an unresolvable call is never reported
NOT_AN_EXPECTATION = "LOCK = asyncio.Lock()  # expect: LOOP201"  # inside a string: not read

if __name__ == "__main__":
    MAIN_LOCK = asyncio.Lock()  # the main guard is not import time
