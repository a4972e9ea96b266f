import asyncio

LOCK = asyncio.Lock()  # expect: LOOP201


def broken(:  # expect: LOOP001
    pass
