# LOOP201 and LOOP101: scoping corner cases found in review.
import asyncio


def reset():
    global asyncio  # rebinds the module name when reset() runs, not where it stands
    asyncio = None


LOCK = asyncio.Lock()  # expect: LOOP201


class Pool:
    import asyncio as aio

    # The first iterable of a comprehension is evaluated in the class body, where `aio` is
    # bound; the rest of the comprehension cannot see class names.
    locks = [lock for lock in (aio.Lock(), aio.Lock())]  # expect: LOOP201:32, LOOP201:44


try:
    try:
        RUNNING = asyncio.get_running_loop()  # the outer handler catches the RuntimeError
    except ValueError:
        RUNNING = None
except RuntimeError:
    RUNNING = None

try:
    if __name__ == "__main__":  # a main guard inside a module-level try is still the main guard
        main_loop = asyncio.new_event_loop()
        main_loop.run_until_complete(asyncio.sleep(0))
except KeyboardInterrupt:
    pass

with open(__file__) as handle:
    if __name__ == "__main__":
        with_loop = asyncio.new_event_loop()


def not_module_level():
    if __name__ == "__main__":
        inner_loop = asyncio.new_event_loop()  # in a function: not a main guard, not import time

# Inside strings: an f-string's interpolation is code; a plain string, raw or bytes, is not.
SHOWN = f"lock: {asyncio.Lock()}"  # expect: LOOP201
SHOWN_RAW = rf"{asyncio.Event()!r}"  # expect: LOOP201
NOT_CODE = "asyncio.Lock()"
NOT_CODE_EITHER = r"{asyncio.Lock()}"
DOC = """asyncio.Event() in a docstring-like literal"""
