# LOOP301 run-in-running-loop: asyncio.run() / Runner.run() / uvloop.run() where a loop runs.
import asyncio
import asyncio as aio
import asyncio.runners
import concurrent.futures
import os
import threading

import uvloop
from asyncio import Runner
from asyncio import run as r
from asyncio.runners import run as runners_run


async def main():
    await asyncio.sleep(0)


# ---- directly in a coroutine, through every spelling ----


async def direct():
    asyncio.run(main())  # expect: LOOP301
    aio.run(main())  # expect: LOOP301
    r(main())  # expect: LOOP301
    asyncio.runners.run(main())  # expect: LOOP301
    runners_run(main())  # expect: LOOP301
    uvloop.run(main())  # expect: LOOP301
    asyncio.Runner().run(main())  # expect: LOOP301
    with asyncio.Runner() as runner:
        runner.run(main())  # expect: LOOP301
    bound_runner = Runner()
    bound_runner.run(main())  # expect: LOOP301
    value = await asyncio.sleep(0, asyncio.run(main()))  # expect: LOOP301
    return value


# An alias assignment stands for what it names.
run_alias = asyncio.run


async def through_alias():
    run_alias(main())  # expect: LOOP301


# ---- interprocedural: sync code that a coroutine calls ----


def fetch_sync():
    return asyncio.run(main())  # expect: LOOP301


async def handler():
    return fetch_sync()


def level2():
    return aio.run(main())  # expect: LOOP301


def level1():
    return level2()


async def chain():  # chain -> level1 -> level2 -> aio.run
    level1()


class Client:
    def __init__(self):
        self.result = asyncio.run(main())  # expect: LOOP301

    def refresh(self):
        return r(main())  # expect: LOOP301

    def refresh_via_cls(self):
        return self.helper()

    @classmethod
    def build(cls):
        return cls.helper_cm()

    @classmethod
    def helper_cm(cls):
        return asyncio.run(main())  # expect: LOOP301

    def helper(self):
        return uvloop.run(main())  # expect: LOOP301

    async def update(self):
        self.refresh()  # self.m() from a coroutine
        self.refresh_via_cls()
        self.build()  # -> cls.helper_cm()


async def builds_client():
    return Client()  # runs Client.__init__ inside the loop


class Worker:
    def step(self):
        return asyncio.runners.run(main())  # expect: LOOP301

    def other(self):
        return asyncio.run(main())  # expect: LOOP301


async def uses_worker():
    worker = Worker()
    worker.step()  # x.m() with x bound to C() in the same scope
    Worker().other()  # C().m()


def mixed():
    return asyncio.run(main())  # expect: LOOP301 (one caller is a coroutine: enough)


async def async_caller():
    mixed()


if __name__ == "__main__":
    mixed()


async def outer_with_nested():
    def nested():
        return asyncio.run(main())  # expect: LOOP301 (a nested def called directly in a coroutine)

    return nested()


# A try that does not catch RuntimeError does not prove anything.
def wrong_handler():
    try:
        asyncio.get_running_loop()
    except ValueError:
        return asyncio.run(main())  # expect: LOOP301
    return None


# The try's else runs when get_running_loop() succeeded: a loop runs there.
def wrong_branch():
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return None
    else:
        return asyncio.run(main())  # expect: LOOP301


# `if loop.is_running():` is the branch where the loop runs.
def inverted_guard(loop):
    if loop.is_running():
        return asyncio.run(main())  # expect: LOOP301
    return None


# The parent of a fork keeps the loop.
def in_parent():
    pid = os.fork()
    if pid != 0:
        asyncio.run(main())  # expect: LOOP301


async def calls_the_helpers():
    wrong_handler()
    wrong_branch()
    inverted_guard(asyncio.get_running_loop())
    in_parent()


# ---- negatives ----


# The entry point: the main guard runs once, with no loop running.
if __name__ == "__main__":
    asyncio.run(main())
    coro = main()
    asyncio.run(coro)


# Import time: no loop runs (a script that calls asyncio.run at the bottom).
aio.run(main())


# A sync function reached only from the main guard: no loop runs there.
def cli():
    return asyncio.run(main())


if __name__ == "__main__":
    cli()


# A sync function nothing in the file calls (public API, or a callback): not proven to run in
# a loop, so not reported by LOOP301.
def public_entry():
    return asyncio.run(main())


# Proven no loop: the except RuntimeError branch of a get_running_loop() probe.
def run_sync(coro):
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)  # no loop runs in this thread
    raise RuntimeError("call this from sync code only")


def run_sync_tuple(coro):
    try:
        aio.get_running_loop()
    except (RuntimeError, ValueError):
        return aio.run(coro)  # caught through a tuple: still proven
    return None


# Still the handler of the probing try, with a try/finally nested inside it.
def run_sync_cleanup(coro):
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        try:
            return asyncio.run(coro)
        finally:
            print("done")
    return None


# Proven no loop: after an early `raise` under `if loop.is_running():`.
def guarded_early_raise(loop):
    if loop.is_running():
        raise RuntimeError("use await")
    return asyncio.run(main())


# The proof holds at the call site of a helper too: _blocking_run() is reached from a coroutine
# only through calls made where no loop runs. (RULES.md states the exceptions for the runner call;
# a careful user expects them to cut the call chain as well.)
def _blocking_run(coro):
    return asyncio.run(coro)


def run_sync_delegating(coro, loop):
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return _blocking_run(coro)
    if not loop.is_running():
        return _blocking_run(coro)
    return None


# Proven no loop: `if not loop.is_running():`.
def guarded_not(loop):
    if not loop.is_running():
        return asyncio.run(main())
    return None


# Proven no loop: the else of `if loop.is_running():`.
def guarded_else(loop):
    if loop.is_running():
        return loop.create_task(main())
    else:
        return asyncio.run(main())


# Proven no loop: after an early `if loop.is_running(): return ...`.
def guarded_early_return(loop):
    if loop.is_running():
        return loop.create_task(main())
    return asyncio.run(main())


# Proven no loop: running-loop-or-None probes.
def guarded_probe():
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        loop = None
    if loop and loop.is_running():
        return loop.create_task(main())
    else:
        return asyncio.run(main())


def guarded_private_probe():
    if asyncio._get_running_loop() is None:
        return asyncio.run(main())
    return None


# Proven no loop: a forked child (the running-loop record is per process).
def forked():
    if os.fork() == 0:
        asyncio.run(main())
        os._exit(0)


def forked_pid():
    pid = os.fork()
    if pid == 0:
        asyncio.run(main())
        os._exit(0)


async def calls_the_guarded_helpers(loop):
    run_sync(main())
    run_sync_tuple(main())
    run_sync_cleanup(main())
    run_sync_delegating(main(), loop)
    guarded_early_raise(loop)
    guarded_not(loop)
    guarded_else(loop)
    guarded_early_return(loop)
    guarded_probe()
    guarded_private_probe()
    forked()
    forked_pid()


async def forks_in_coroutine():
    if os.fork() == 0:
        asyncio.run(main())  # the child: no running loop
        os._exit(0)
    pid = os.fork()
    if pid == 0:
        asyncio.run(main())  # the child: no running loop
        os._exit(0)


# Handed to another thread: each thread has its own (absent) running loop.
def thread_body():
    asyncio.run(main())


def to_thread_body():
    return asyncio.run(main())


def executor_body():
    return asyncio.run(main())


async def hands_to_threads():
    thread = threading.Thread(target=thread_body)  # a reference, not a call
    thread.start()
    await asyncio.to_thread(to_thread_body)
    await asyncio.to_thread(asyncio.run, main())
    with concurrent.futures.ThreadPoolExecutor() as executor:
        executor.submit(asyncio.run, main())  # asyncio.run is not called here
        executor.submit(executor_body)
    await asyncio.get_running_loop().run_in_executor(None, executor_body)
    threading.Thread(target=lambda: asyncio.run(main())).start()  # the lambda runs in the thread


# Not a runner: unresolvable callees and project objects are never reported.
async def not_runners(app, service):
    app.run()
    service.run(main())
    await app.runner.run(main())


class Service:
    def run(self, coro):  # a project method named run
        return coro

    async def start(self):
        await self.run(main())
