# LOOP302 run-until-complete-in-running-loop: <loop>.run_until_complete()/run_forever() where a
# loop already runs.
import asyncio
import asyncio as aio
import asyncio.events
import os
import threading

import uvloop
from asyncio import get_event_loop as gel
from asyncio import get_running_loop


async def main():
    await asyncio.sleep(0)


async def job(n):
    await asyncio.sleep(n)


# ---- directly in a coroutine ----


async def direct():
    loop = asyncio.get_running_loop()
    loop.run_until_complete(main())  # expect: LOOP302
    loop.run_forever()  # expect: LOOP302
    get_running_loop().run_until_complete(main())  # expect: LOOP302
    aio.get_running_loop().run_forever()  # expect: LOOP302
    # The receiver's get_event_loop() (LOOP105 alone) is inside the reported call: one report.
    asyncio.get_event_loop().run_until_complete(main())  # expect: LOOP302
    gel().run_until_complete(main())  # expect: LOOP302
    asyncio.events.get_event_loop().run_until_complete(main())  # expect: LOOP302
    asyncio.get_event_loop_policy().get_event_loop().run_until_complete(main())  # expect: LOOP302
    # gather() is legal in a coroutine and a legal argument (LOOP401/402): only the running loop.
    loop.run_until_complete(asyncio.gather(job(1), job(2)))  # expect: LOOP302


async def another_loop():
    # A second loop cannot run while this thread runs one ("Cannot run the event loop while
    # another loop is running"). Not LOOP303 (c): that one is about code outside a running loop.
    fresh = asyncio.new_event_loop()
    fresh.run_until_complete(main())  # expect: LOOP302
    fresh.run_until_complete(asyncio.gather(job(1)))  # expect: LOOP302
    uvloop.new_event_loop().run_forever()  # expect: LOOP302
    aio.new_event_loop().run_until_complete(main())  # expect: LOOP302


async def by_naming_heuristic(bot, loop, event_loop):
    loop.run_until_complete(main())  # expect: LOOP302
    event_loop.run_forever()  # expect: LOOP302
    bot.loop.run_until_complete(main())  # expect: LOOP302
    bot.io_loop.run_until_complete(main())  # expect: LOOP302


# ---- interprocedural ----


def block_on(coro):
    return asyncio.get_event_loop().run_until_complete(coro)  # expect: LOOP302


async def handler():
    return block_on(main())


def inner_helper(coro):
    loop = asyncio.get_event_loop()
    return loop.run_until_complete(coro)  # expect: LOOP302


def outer_helper():
    return inner_helper(main())


async def chain():  # chain -> outer_helper -> inner_helper
    outer_helper()


class Bot:
    def __init__(self, loop):
        self.loop = loop
        self.loop.run_until_complete(self.setup())  # expect: LOOP302

    async def setup(self):
        await asyncio.sleep(0)

    def sync_call(self, coro):
        return self.loop.run_until_complete(coro)  # expect: LOOP302

    async def on_message(self):
        self.sync_call(main())


async def builds_bot():
    return Bot(asyncio.get_running_loop())


class Cache:
    def __init__(self):
        self._loop = asyncio.new_event_loop()

    def load(self):
        return self._loop.run_until_complete(main())  # expect: LOOP302 (self._loop bound in __init__)


async def uses_cache():
    cache = Cache()
    cache.load()


# ---- negatives ----


# A project class with an async method named run_until_complete: awaited, not a loop.
class Pipeline:
    async def run_until_complete(self, step=None):
        return step

    async def run_forever(self):
        return None

    async def go(self):
        await self.run_until_complete()
        await self.run_forever()


class ExecutionLoop:
    def run_until_complete(self, coro):
        return coro

    def run_forever(self):
        return None


async def project_loops(server):
    loop = ExecutionLoop()  # rebinds the name to something that is not an event loop
    loop.run_until_complete(main())
    loop.run_forever()
    other = ExecutionLoop()
    other.run_until_complete(main())
    await server.run_until_complete(main())  # awaited: a project's async method
    server.run_forever()  # an unknown object not named like a loop


class Engine:
    def __init__(self):
        self.loop = ExecutionLoop()  # self.loop is not an event loop here

    async def tick(self):
        self.loop.run_until_complete(main())


# The entry point: no loop runs in the main guard.
if __name__ == "__main__":
    main_loop = asyncio.new_event_loop()
    asyncio.set_event_loop(main_loop)
    main_loop.run_until_complete(main())
    main_loop.run_forever()


# A sync function reached only from the main guard, or never called in the file.
def serve_forever():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    loop.run_forever()


def public_api(loop):
    return loop.run_until_complete(main())


if __name__ == "__main__":
    serve_forever()


# The proven-no-loop exceptions of LOOP301 apply.
def sync_or_schedule(loop, coro):
    if loop.is_running():
        return loop.create_task(coro)
    return loop.run_until_complete(coro)  # after the early return: the loop is not running


def sync_if_not_running(loop, coro):
    if not loop.is_running():
        return loop.run_until_complete(coro)
    return None


def sync_else(loop, coro):
    if loop.is_running():
        return asyncio.ensure_future(coro, loop=loop)
    else:
        return loop.run_until_complete(coro)


def probe_then_run(coro):
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        loop = asyncio.new_event_loop()
        try:
            return loop.run_until_complete(coro)  # in the handler of the probing try
        finally:
            loop.close()
    return None


def in_child(loop):
    if os.fork() == 0:
        loop.run_forever()


def in_child_pid(loop):
    pid = os.fork()
    if pid == 0:
        loop.run_forever()


async def calls_guarded(loop):
    sync_or_schedule(loop, main())
    sync_if_not_running(loop, main())
    sync_else(loop, main())
    probe_then_run(main())
    in_child(loop)
    in_child_pid(loop)


# Handed to another thread, which has no running loop.
def thread_main():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    loop.run_forever()


def blocking():
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(main())
    finally:
        loop.close()


async def hands_off():
    threading.Thread(target=thread_main, daemon=True).start()
    await asyncio.to_thread(blocking)
    await asyncio.get_running_loop().run_in_executor(None, blocking)


async def private_loop_in_thread():
    side_loop = asyncio.new_event_loop()
    # The lambda runs in the worker thread, where no loop runs.
    await asyncio.to_thread(lambda: side_loop.run_until_complete(main()))
    side_loop.close()
