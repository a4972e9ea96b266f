import asyncio


def tick():
    asyncio.run(_wait())  # expect: LOOP301


def _untold():
    asyncio.run(_wait())  # private: no star import binds it, and nothing calls it


async def _wait():
    return None
