import asyncio

__all__ = ["Batch", "flush"]


def flush():
    asyncio.run(_drain())  # expect: LOOP301


class Batch:
    def commit(self):
        asyncio.run(_drain())  # expect: LOOP301


async def _drain():
    return None
