# LOOP303 loop-object-crosses-asyncio-run: a future, task or loop-bound object made on one loop
# and awaited under the new loop that asyncio.run() creates.
import asyncio
import asyncio as aio
import asyncio.runners
import concurrent.futures

import uvloop
from asyncio import run as r


async def job(n):
    await asyncio.sleep(n)


def blocking():
    return 1


# ---- (a) futures/tasks made on an earlier loop, awaited by the coroutine asyncio.run runs ----

if __name__ == "__main__":
    old_loop = asyncio.new_event_loop()
    waiter = old_loop.create_future()
    pending = old_loop.create_task(job(1))
    offloaded = old_loop.run_in_executor(None, blocking)
    wrapped = asyncio.ensure_future(job(1), loop=old_loop)


async def awaits_waiter():
    await waiter


async def awaits_pending():
    return await pending


async def awaits_offloaded():
    return await offloaded


async def awaits_wrapped():
    await wrapped


if __name__ == "__main__":
    asyncio.run(awaits_waiter())  # expect: LOOP303
    aio.run(awaits_pending())  # expect: LOOP303
    r(awaits_offloaded())  # expect: LOOP303
    # RULES (a) names ensure_future(..., loop=) among the makers.
    asyncio.runners.run(awaits_wrapped())  # expect: LOOP303


# ---- (b) an object whose __init__ binds to the loop of its construction time ----


class Client:
    def __init__(self):
        self.loop = asyncio.get_event_loop()  # expect: LOOP103

    async def fetch(self):
        return await self.loop.run_in_executor(None, blocking)


class Waiter:
    def __init__(self):
        self.done = asyncio.Future()  # binds the loop current at construction (no LOOP1xx/2xx rule covers a sync __init__)

    async def wait(self):
        await self.done


class Pool:
    def __init__(self):
        self._loop = asyncio.new_event_loop()
        self.ready = self._loop.create_future()

    async def acquire(self):
        await self.ready


if __name__ == "__main__":
    client = Client()
    asyncio.run(client.fetch())  # expect: LOOP303
    asyncio.run(Client().fetch())  # expect: LOOP303
    uvloop.run(Waiter().wait())  # expect: LOOP303
    pool = Pool()
    aio.run(pool.acquire())  # expect: LOOP303


def cli():
    client = Client()  # built in a sync function, before asyncio.run creates its loop
    return asyncio.run(client.fetch())  # expect: LOOP303


if __name__ == "__main__":
    cli()


# (a) at import time, with the implicit loop of get_event_loop().
import_loop = asyncio.get_event_loop()  # expect: LOOP101
import_future = import_loop.create_future()  # expect: LOOP201


async def awaits_import_future():
    await import_future


if __name__ == "__main__":
    asyncio.run(awaits_import_future())  # expect: LOOP303


# ---- (c) run_until_complete(gather/ensure_future/create_task) on a new loop never made current ----


def run_jobs():
    loop = asyncio.new_event_loop()
    loop.run_until_complete(asyncio.gather(job(1), job(2)))  # expect: LOOP303
    loop.run_until_complete(aio.ensure_future(job(1)))  # expect: LOOP303
    loop.run_until_complete(asyncio.create_task(job(1)))  # expect: LOOP303
    asyncio.set_event_loop(loop)  # too late for the calls above
    loop.close()


def run_uvloop_jobs():
    loop = uvloop.new_event_loop()
    loop.run_until_complete(asyncio.gather(job(1)))  # expect: LOOP303


if __name__ == "__main__":
    run_jobs()
    main_loop = aio.new_event_loop()
    main_loop.run_until_complete(asyncio.gather(job(1), job(2)))  # expect: LOOP303


# ---- overlaps: one hazard, one diagnostic ----


async def in_coroutine():
    fresh = asyncio.new_event_loop()
    # In a running loop LOOP302 comes first; (c) is about code outside a running loop anyway.
    fresh.run_until_complete(asyncio.gather(job(1)))  # expect: LOOP302


if __name__ == "__main__":
    gathered = asyncio.gather(job(1), job(2))
    asyncio.run(gathered)  # expect: LOOP401 (not a coroutine at all: LOOP401 first)


# ---- negatives ----


# The object is built inside the coroutine: it binds to the loop asyncio.run() created.
async def builds_inside():
    client = Client()
    await client.fetch()
    await Waiter().wait()


# Futures made inside the coroutine, on the running loop.
async def makes_inside():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(None)
    await fut
    await loop.run_in_executor(None, blocking)


# A class with no loop captured at construction (it asks for the running loop lazily).
class LazyClient:
    def __init__(self):
        self.session = None

    async def fetch(self):
        return await asyncio.get_running_loop().run_in_executor(None, blocking)


# A concurrent.futures future is not bound to any loop (asyncio.wrap_future adapts it).
if __name__ == "__main__":
    asyncio.run(builds_inside())
    asyncio.run(makes_inside())
    lazy = LazyClient()
    asyncio.run(lazy.fetch())
    asyncio.run(LazyClient().fetch())
    pool_executor = concurrent.futures.ThreadPoolExecutor()
    cf_future = pool_executor.submit(blocking)


async def awaits_cf_future():
    return await asyncio.wrap_future(cf_future)


if __name__ == "__main__":
    asyncio.run(awaits_cf_future())


# A local name shadows the global future: made on the running loop.
async def shadows_waiter():
    waiter = asyncio.get_running_loop().create_future()
    waiter.set_result(None)
    await waiter


# A coroutine object made outside is not bound to any loop.
if __name__ == "__main__":
    plain_coroutine = job(0)


async def awaits_plain_coroutine():
    await plain_coroutine


if __name__ == "__main__":
    asyncio.run(shadows_waiter())
    asyncio.run(awaits_plain_coroutine())


# (c) done right: the loop is made current first, or the future is made on it explicitly, or the
# argument is a coroutine (run_until_complete wraps it in a task on its own loop).
def run_jobs_properly():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(asyncio.gather(job(1), job(2)))
    finally:
        loop.close()


def run_jobs_explicit_loop():
    loop = asyncio.new_event_loop()
    loop.run_until_complete(asyncio.ensure_future(job(1), loop=loop))
    loop.run_until_complete(loop.create_task(job(2)))
    loop.run_until_complete(job(3))
    loop.close()


async def gather_jobs():
    await asyncio.gather(job(1), job(2))


def run_wrapped():
    loop = asyncio.new_event_loop()
    loop.run_until_complete(gather_jobs())  # gather runs inside the loop
    loop.close()


if __name__ == "__main__":
    run_jobs_properly()
    run_jobs_explicit_loop()
    run_wrapped()
