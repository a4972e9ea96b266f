"""Shared chat state: primitives made at import time (LOOP201)."""
import asyncio

ROOMS_LOCK = asyncio.Lock()
rooms = {}


class Outbox:
    def __init__(self):
        self.messages = asyncio.Queue()

    async def send(self, message):
        await self.messages.put(message)


OUTBOX = Outbox()


async def join(room, user):
    async with ROOMS_LOCK:
        rooms.setdefault(room, set()).add(user)
