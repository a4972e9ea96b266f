import asyncio

from .cycle_a import helper

asyncio.run(helper())
