import asyncio


def refresh():
    asyncio.run(_load())  # expect: LOOP301


async def _load():
    return None
