# LOOP203 task-scheduled-outside-loop.
import asyncio
import asyncio as aio
from asyncio import ensure_future


async def job():
    await asyncio.sleep(0)


TASK = asyncio.create_task(job())  # expect: LOOP203
FUTURE = aio.ensure_future(job())  # expect: LOOP203
GATHERED = asyncio.gather(job(), job())  # expect: LOOP203
loop = asyncio.new_event_loop()  # expect: LOOP101
SCHEDULED = loop.create_task(job())  # expect: LOOP203
ALIASED = ensure_future(job())  # expect: LOOP203


class Poller:
    def __init__(self):
        self.task = asyncio.ensure_future(self.poll())  # expect: LOOP203

    async def poll(self):
        await asyncio.sleep(1)


class Uncalled:
    """Public API the file never builds: its users may build it outside a loop."""

    def __init__(self):
        self.task = asyncio.create_task(job())  # expect: LOOP203


POLLER = Poller()

# ---- negatives ----


class BuiltInLoop:
    def __init__(self):
        self.task = asyncio.create_task(job())  # every construction runs inside a coroutine


async def main():
    built = BuiltInLoop()
    task = asyncio.create_task(job())
    await asyncio.gather(job(), task)
    return built


def later():
    return asyncio.ensure_future(job())  # not __init__, not import time


class Deferred:
    def __init__(self):
        self.start = lambda: asyncio.create_task(job())  # expect: LOOP501 (not LOOP203: runs when called)

    def start_later(self):
        return asyncio.create_task(job())
