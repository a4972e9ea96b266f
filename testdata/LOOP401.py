# LOOP401 run-non-coroutine: the argument of asyncio.run()/Runner.run()/uvloop.run() is not a
# coroutine.
import asyncio
import asyncio as aio
import asyncio.runners
import concurrent.futures

import uvloop
from asyncio import gather
from asyncio import run as r
from asyncio.tasks import ensure_future as ef


async def main():
    await asyncio.sleep(0)


async def job(n):
    await asyncio.sleep(n)


def blocking():
    return 1


def no_return():
    print("sync work")


def returns_none():
    return None


def returns_literal():
    return 42


def returns_gather():
    return asyncio.gather(job(1), job(2))


def returns_task_or_none(flag):
    if flag:
        return asyncio.ensure_future(job(1))
    return None


class Service:
    def start(self):
        self.started = True

    async def serve(self):
        await asyncio.sleep(0)

    def make(self):
        return self.serve()


if __name__ == "__main__":
    # Futures and Tasks: ValueError up to 3.13; on 3.14 made before the runner's loop exists.
    asyncio.run(asyncio.gather(job(1), job(2)))  # expect: LOOP401
    asyncio.run(gather(job(1)))  # expect: LOOP401
    asyncio.run(asyncio.ensure_future(main()))  # expect: LOOP401
    asyncio.run(ef(main()))  # expect: LOOP401
    asyncio.run(asyncio.create_task(main()))  # expect: LOOP401
    asyncio.run(asyncio.shield(main()))  # expect: LOOP401
    executor = concurrent.futures.ThreadPoolExecutor()
    asyncio.run(asyncio.wrap_future(executor.submit(blocking)))  # expect: LOOP401
    loop = asyncio.new_event_loop()
    asyncio.run(loop.create_task(main()))  # expect: LOOP401
    asyncio.run(loop.run_in_executor(None, blocking))  # expect: LOOP401
    tasks = asyncio.gather(job(1), job(2))
    asyncio.run(tasks)  # expect: LOOP401

    # The function itself, not a call.
    asyncio.run(main)  # expect: LOOP401
    aio.run(main)  # expect: LOOP401
    r(main)  # expect: LOOP401
    asyncio.runners.run(main)  # expect: LOOP401
    uvloop.run(main)  # expect: LOOP401
    asyncio.Runner().run(main)  # expect: LOOP401
    with asyncio.Runner() as runner:
        runner.run(main)  # expect: LOOP401
    asyncio.run(blocking)  # expect: LOOP401 (a plain def object)
    asyncio.run(lambda: main())  # expect: LOOP401

    # A same-file plain def whose returns are known not to be coroutines.
    asyncio.run(no_return())  # expect: LOOP401
    asyncio.run(returns_none())  # expect: LOOP401
    asyncio.run(returns_literal())  # expect: LOOP401
    asyncio.run(returns_gather())  # expect: LOOP401
    asyncio.run(returns_task_or_none(True))  # expect: LOOP401
    asyncio.run(Service().start())  # expect: LOOP401
    service = Service()
    asyncio.run(service.start())  # expect: LOOP401

    # Literals.
    asyncio.run(None)  # expect: LOOP401
    asyncio.run(42)  # expect: LOOP401
    asyncio.run("main")  # expect: LOOP401
    asyncio.run([main(), job(1)])  # expect: LOOP401


# ---- overlaps: one hazard, one diagnostic ----


async def in_coroutine():
    # Also LOOP301 (asyncio.run in a coroutine): LOOP401 comes first, on the same call.
    asyncio.run(asyncio.gather(job(1), job(2)))  # expect: LOOP401
    asyncio.run(main)  # expect: LOOP401


# At import time the gather()/create_task()/get_event_loop() inside the argument would be LOOP203 /
# LOOP101, but they are part of the reported runner call.
asyncio.run(asyncio.gather(job(1)))  # expect: LOOP401
asyncio.run(asyncio.get_event_loop().create_task(main()))  # expect: LOOP401


# ---- negatives ----


def make_main():
    return main()  # a sync factory returning a coroutine: fine


def make_main_or_job(flag):
    if flag:
        return main()
    return job(1)


def pick_runner(flag):
    return main() if flag else job(1)  # a coroutine either way (not knowable: never reported)


if __name__ == "__main__":
    asyncio.run(main())
    coro = main()
    asyncio.run(coro)  # a name holding main()
    tasks2 = asyncio.gather(job(1))
    tasks2 = main()  # rebound: the last binding is a coroutine
    asyncio.run(tasks2)
    asyncio.run(asyncio.wait_for(main(), timeout=5))  # coroutine functions of asyncio
    asyncio.run(asyncio.sleep(1))
    asyncio.run(asyncio.wait([job(1)]))
    asyncio.run(asyncio.to_thread(blocking))
    asyncio.run(make_main())
    asyncio.run(make_main_or_job(True))
    asyncio.run(pick_runner(True))
    asyncio.run(Service().serve())
    asyncio.run(Service().make())
    asyncio.run(main(), debug=True)
    aio.run(main())
    r(main())
    uvloop.run(main())
    with asyncio.Runner() as runner2:
        runner2.run(main())
    asyncio.run(undefined_factory())  # the callee cannot be resolved: never reported
    asyncio.run(some_module.main())
    asyncio.run(service.unknown_method())
    asyncio.run(getattr(service, "serve")())
