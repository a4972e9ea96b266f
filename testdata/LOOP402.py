# LOOP402 run-until-complete-non-awaitable: <loop>.run_until_complete(f) where f is not awaitable.
import asyncio
import asyncio as aio
import asyncio.events

import uvloop
from asyncio import new_event_loop


async def main():
    await asyncio.sleep(0)


async def job(n):
    await asyncio.sleep(n)


def setup():
    print("configuring")


def returns_none():
    return None


def returns_literal(flag):
    if flag:
        return 1
    return "done"


def make_main():
    return main()  # a sync factory returning a coroutine: awaitable


def make_gather():
    return asyncio.gather(job(1), job(2))  # a Future: awaitable


class Service:
    def __init__(self, loop):
        self.loop = loop

    async def start(self):
        await asyncio.sleep(0)

    def stop(self):
        self.stopped = True

    def boot(self):
        self.loop.run_until_complete(self.stop())  # expect: LOOP402
        self.loop.run_until_complete(self.start())
        # RULES: "an un-called async def reference". self.start names Service.start in-file
        # (self.m resolution), so it is one: a careful user expects the report.
        self.loop.run_until_complete(self.start)  # expect: LOOP402


if __name__ == "__main__":
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    loop.run_until_complete(main)  # expect: LOOP402
    loop.run_until_complete(setup())  # expect: LOOP402
    loop.run_until_complete(returns_none())  # expect: LOOP402
    loop.run_until_complete(returns_literal(True))  # expect: LOOP402
    loop.run_until_complete(Service(loop).stop())  # expect: LOOP402
    service = Service(loop)
    service.boot()
    loop.run_until_complete(service.stop())  # expect: LOOP402
    # Other spellings of the loop. get_event_loop() in the main guard would be LOOP104, but it is
    # the receiver of the reported call: one report.
    asyncio.get_event_loop().run_until_complete(main)  # expect: LOOP402
    aio.new_event_loop().run_until_complete(job)  # expect: LOOP402
    new_event_loop().run_until_complete(setup())  # expect: LOOP402
    asyncio.events.new_event_loop().run_until_complete(main)  # expect: LOOP402
    uvloop.new_event_loop().run_until_complete(main)  # expect: LOOP402
    event_loop = loop
    event_loop.run_until_complete(main)  # expect: LOOP402


def run_sync(loop):
    return loop.run_until_complete(main)  # expect: LOOP402 (a loop by its name)


# ---- overlaps ----


async def in_coroutine():
    # LOOP302 (and LOOP105 for the receiver) apply too; LOOP402 comes first on the same call.
    asyncio.get_event_loop().run_until_complete(main)  # expect: LOOP402


# ---- negatives ----


if __name__ == "__main__":
    loop.run_until_complete(main())
    loop.run_until_complete(asyncio.gather(job(1), job(2)))  # a Future: legal (loop is current)
    loop.run_until_complete(make_main())  # a sync factory returning main(): fine
    loop.run_until_complete(make_gather())
    loop.run_until_complete(asyncio.sleep(1))
    loop.run_until_complete(asyncio.wait_for(main(), timeout=1))
    waiter = loop.create_future()
    waiter.set_result(None)
    loop.run_until_complete(waiter)  # a name bound to a future
    coro = main()
    loop.run_until_complete(coro)
    loop.run_until_complete(loop.create_task(job(1)))
    loop.run_until_complete(some_library.task())  # unresolvable: never reported
    loop.run_until_complete(service.unknown())
    loop.close()


class ExecutionLoop:
    def run_until_complete(self, step):
        return step


if __name__ == "__main__":
    execution_loop = ExecutionLoop()
    execution_loop.run_until_complete(setup)  # a project class, not an event loop
    other_loop = ExecutionLoop()
    other_loop.run_until_complete(main)
    runner = ExecutionLoop()
    runner.run_until_complete(returns_none())


class Pipeline:
    async def run_until_complete(self, step=None):
        return step

    async def go(self):
        await self.run_until_complete(setup)  # awaited: the project's own async method
        await self.run_until_complete()
