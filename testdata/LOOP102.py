# LOOP102 import-time-loop-setup: global loop state changed when the module is imported.
import asyncio
import asyncio as aio
from asyncio import set_event_loop_policy as set_policy

import uvloop
from uvloop import install

asyncio.set_event_loop(asyncio.new_event_loop())  # expect: LOOP102, LOOP101
aio.set_event_loop_policy(uvloop.EventLoopPolicy())  # expect: LOOP102
set_policy(None)  # expect: LOOP102
uvloop.install()  # expect: LOOP102
install()  # expect: LOOP102

try:
    import winloop
except ImportError:
    uvloop.install()  # expect: LOOP102 (module-level try/except is import time)


class Settings:
    policy = asyncio.set_event_loop_policy(None)  # expect: LOOP102


# ---- negatives ----


def configure():
    uvloop.install()  # runs when called: the program decides when


async def main():
    asyncio.set_event_loop(asyncio.get_running_loop())


if __name__ == "__main__":
    uvloop.install()  # the main guard is where a program sets up its loop
    asyncio.set_event_loop_policy(None)
    asyncio.run(main())
