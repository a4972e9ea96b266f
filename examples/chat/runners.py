"""The wrong kind of argument to a runner (LOOP401, LOOP402, LOOP403)."""
import asyncio

import trio


async def tick(delay):
    await asyncio.sleep(delay)


def start_ticks():
    return asyncio.gather(tick(1), tick(2))


def run_ticks():
    asyncio.run(start_ticks())


def run_on_new_loop():
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(tick)
    finally:
        loop.close()


def run_with_trio():
    trio.run(tick(1))
