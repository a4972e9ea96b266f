# No list of exported names: a star import binds every name that does not start with "_".
import asyncio


async def start():
    await asyncio.sleep(0)


async def stop():
    await asyncio.sleep(0)


def _start_in_background():
    return asyncio.ensure_future(start())
