"""Sync/async bridges gone wrong (LOOP103, LOOP105, LOOP301, LOOP302, LOOP303, LOOP501)."""
import asyncio
import signal


class Room:
    def __init__(self, name, loop=None):
        self.name = name
        self.loop = loop or asyncio.get_event_loop()

    async def members(self):
        return await self.loop.run_in_executor(None, sorted, [self.name])


def members_sync(room):
    return asyncio.run(room.members())


async def handle_join(room):
    # A coroutine calling a sync helper that calls asyncio.run(): RuntimeError.
    return members_sync(room)


async def handle_part(room):
    loop = asyncio.get_event_loop()
    return loop.run_until_complete(room.members())


async def serve(server):
    def on_signal(signum, frame):
        asyncio.ensure_future(server.close())

    signal.signal(signal.SIGTERM, on_signal)


LOBBY = Room("lobby")

if __name__ == "__main__":
    asyncio.run(LOBBY.members())
