import asyncio


async def work():
    await asyncio.sleep(0)


def drive():
    # Called from a coroutine in service.py: the loop is already running there.
    loop = asyncio.get_event_loop()
    return loop.run_until_complete(work())  # expect: LOOP302


def current_loop():
    # Called only from the main guard of service.py: no loop runs there.
    return asyncio.get_event_loop()  # expect: LOOP104


def running_loop():
    # Called only from a coroutine in service.py: it returns the running loop.
    return asyncio.get_event_loop()
