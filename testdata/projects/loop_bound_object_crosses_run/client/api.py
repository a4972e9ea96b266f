import asyncio


class Api:
    def __init__(self):
        self.loop = asyncio.get_event_loop()  # expect: LOOP103

    async def fetch(self):
        return await self.loop.run_in_executor(None, sum, [1, 2])


class Plain:
    async def fetch(self):
        return 1
