# LOOP104 get-event-loop-outside-loop.
import asyncio


async def main():
    await asyncio.sleep(0)


def run_legacy():
    loop = asyncio.get_event_loop()  # expect: LOOP104 (only the main guard calls it)
    loop.run_until_complete(main())


def setup_loop():
    return asyncio.get_event_loop()  # expect: LOOP104 (called only at import time)


def inner_helper():
    return asyncio.get_event_loop()  # expect: LOOP104 (reached only through run_chain)


def run_chain():
    return inner_helper()


LOOP = setup_loop()

# ---- negatives ----


def called_from_coroutine():
    return asyncio.get_event_loop()  # a coroutine calls it: a loop is running


async def uses_helper():
    return called_from_coroutine()


def mixed():
    return asyncio.get_event_loop()  # called from both: only LOOP104 when every caller is loop-free


async def mixed_caller():
    return mixed()


def public_api():
    return asyncio.get_event_loop()  # never called in the file: its callers are unknown


def after_set():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    return asyncio.get_event_loop()  # returns the loop just set, on every version


MIXED = mixed()

if __name__ == "__main__":
    asyncio.get_event_loop().run_until_complete(main())  # expect: LOOP104
    run_legacy()
    run_chain()
    after_set()
