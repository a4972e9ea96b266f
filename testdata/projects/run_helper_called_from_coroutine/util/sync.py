import asyncio


async def fetch():
    await asyncio.sleep(0)
    return 1


def fetch_sync():
    return asyncio.run(fetch())  # expect: LOOP301


def report_sync():
    # Called only from a script's main guard (handlers.py): no loop runs there.
    return asyncio.run(fetch())


def deep_sync():
    # Reached from a coroutine in other.py through chain.py's level2(): two modules away.
    return asyncio.run(fetch())  # expect: LOOP301


def wrapper():
    return deep_sync()
