# LOOP105 get-event-loop-in-coroutine.
import asyncio
import asyncio as aio
from asyncio import get_event_loop


async def fetch():
    loop = asyncio.get_event_loop()  # expect: LOOP105
    other = aio.get_event_loop()  # expect: LOOP105
    third = get_event_loop()  # expect: LOOP105
    return loop, other, third


class Service:
    async def start(self):
        self.loop = asyncio.get_event_loop()  # expect: LOOP105
        await self.loop.run_in_executor(None, print)

    async def stop(self):
        items = [asyncio.get_event_loop() for _ in range(2)]  # expect: LOOP105 (a comprehension in a coroutine)
        return items


# ---- negatives ----


async def correct():
    return asyncio.get_running_loop()


async def with_callback():
    def callback():
        return asyncio.get_event_loop()  # a nested def is not a coroutine (LOOP501 territory)

    return callback


async def with_lambda():
    return lambda: asyncio.get_event_loop()  # a lambda is not a coroutine


async def shadowed():
    def get_event_loop():
        return None

    return get_event_loop()  # the local function
