# LOOP301 negatives: names that look like asyncio.run but are rebound by the file.
import asyncio
from asyncio import run
from asyncio import Runner


async def main():
    await asyncio.sleep(0)


async def uses_shadowed_run():
    # A function body sees the final module binding of `run`: the local def below, not
    # asyncio.run.
    return run(main())


def run(coro):  # a project's own run() shadows `from asyncio import run` from here on
    return coro


async def local_def_shadow():
    def Runner():  # a local def shadows the imported Runner in this scope
        return None

    return Runner()


async def rebound_by_assignment(executor):
    runner = Runner()
    runner = executor  # the same scope rebinds it: no longer an asyncio.Runner
    runner.run(main())


async def parameter_named_asyncio(asyncio):
    # A parameter named `asyncio` shadows the module: asyncio.run is the argument's method.
    asyncio.run(main())


class Loop:
    def run(self, coro):
        return coro


async def project_run():
    loop = Loop()
    loop.run(main())  # a project class's run()
