# LOOP101 module-level-event-loop: loops obtained or created at import time.
import asyncio
import asyncio as aio
import asyncio.events
import uvloop
from asyncio import get_event_loop as gel, new_event_loop
from asyncio.events import get_event_loop
from asyncio import get_running_loop

loop = asyncio.get_event_loop()  # expect: LOOP101
loop2 = aio.get_event_loop()  # expect: LOOP101
loop3 = gel()  # expect: LOOP101
loop4 = new_event_loop()  # expect: LOOP101
loop5 = asyncio.events.get_event_loop()  # expect: LOOP101
loop6 = get_event_loop()  # expect: LOOP101
loop7 = uvloop.new_event_loop()  # expect: LOOP101
loop8 = asyncio.get_event_loop_policy().get_event_loop()  # expect: LOOP101
running = get_running_loop()  # expect: LOOP101
wrapped = asyncio.new_event_loop(  # expect: LOOP101
    # a call spread over lines is reported at its first line
)

# Import time includes module-level compound statements, class bodies, defaults, decorators.
if loop:
    in_if = asyncio.new_event_loop()  # expect: LOOP101
try:
    in_try = asyncio.get_event_loop()  # expect: LOOP101
except RuntimeError:
    pass
for _ in range(1):
    in_for = asyncio.new_event_loop()  # expect: LOOP101
with open(__file__) as handle:
    in_with = asyncio.new_event_loop()  # expect: LOOP101


class Service:
    loop = asyncio.get_event_loop()  # expect: LOOP101

    def start(self, loop=asyncio.get_event_loop()):  # expect: LOOP101
        return loop


def register(loop):
    def decorator(function):
        return function

    return decorator


@register(asyncio.new_event_loop())  # expect: LOOP101
def handler():
    pass


# Two calls on one line: one report per call.
pair = (asyncio.new_event_loop(), asyncio.new_event_loop())  # expect: LOOP101:9, LOOP101:35

# get_running_loop() in a try whose handler catches RuntimeError raises on purpose; the
# fallback that makes a loop is the hazard, and is reported.
try:
    current = asyncio.get_running_loop()
except RuntimeError:
    current = asyncio.new_event_loop()  # expect: LOOP101
try:
    other = asyncio.get_running_loop()  # expect: LOOP101
except ValueError:  # does not catch the RuntimeError
    other = None

# The else branch of a main guard runs on import.
if __name__ == "__main__":
    pass
else:
    imported = asyncio.new_event_loop()  # expect: LOOP101

# ---- negatives ----


async def main():
    inner = asyncio.get_event_loop()  # expect: LOOP105 (a coroutine, not import time)
    return asyncio.get_running_loop(), inner


def helper():
    return asyncio.new_event_loop()  # runs when called, not at import


factory = lambda: asyncio.new_event_loop()  # the lambda body runs when called
loop_factory = asyncio.new_event_loop  # a reference, not a call
text = "asyncio.get_event_loop()"  # a string


class Local:
    @staticmethod
    def new_event_loop():
        return None


Local.new_event_loop()  # a project's own method
Local().new_event_loop()


def new_event_loop():  # shadows the asyncio import from here on
    return None


shadowed = new_event_loop()


def uses_shadowed():
    return new_event_loop()  # a function body sees the final binding: the local def


if __name__ == "__main__":
    main_loop = asyncio.get_event_loop()  # expect: LOOP104 (the main guard is not import time)
    main_loop.run_until_complete(main())
if '__main__' == __name__:
    reversed_guard = asyncio.new_event_loop()
