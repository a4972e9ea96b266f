import asyncio


async def load():
    await asyncio.sleep(0)
    return []


class Music:
    def __init__(self, bot):
        self.bot = bot
        # Built in bot.py's async setup(): a loop is running there.
        self.playlist = asyncio.run(load())  # expect: LOOP301


class Settings:
    def __init__(self):
        # Built only in the main guard of bot.py: fine.
        self.values = asyncio.run(load())
