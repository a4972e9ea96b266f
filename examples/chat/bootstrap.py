"""Process start-up done at import time and in the main guard (LOOP102, LOOP104, LOOP202, LOOP203)."""
import asyncio

import aiohttp
import uvloop

uvloop.install()

HTTP = aiohttp.ClientSession()


async def heartbeat():
    while True:
        await asyncio.sleep(30)


HEARTBEAT = asyncio.ensure_future(heartbeat())


async def main():
    await asyncio.sleep(0)


if __name__ == "__main__":
    asyncio.get_event_loop().run_until_complete(main())
