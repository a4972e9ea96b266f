# LOOP501 implicit-loop-in-callback: a callback (a def or lambda nested in a function) that
# schedules work through the implicit, current loop.
import asyncio
import asyncio as aio
import asyncio.events
import asyncio.tasks
import signal
import threading
from asyncio import create_task
from asyncio import ensure_future as ef
from asyncio import get_running_loop as grl


async def notify(event):
    await asyncio.sleep(0)


async def serve(server, bus):
    def on_signal(signum, frame):
        asyncio.ensure_future(server.close())  # expect: LOOP501

    signal.signal(signal.SIGTERM, on_signal)

    def on_message(message):
        asyncio.create_task(notify(message))  # expect: LOOP501
        aio.ensure_future(notify(message))  # expect: LOOP501
        ef(notify(message))  # expect: LOOP501
        create_task(notify(message))  # expect: LOOP501
        asyncio.tasks.ensure_future(notify(message))  # expect: LOOP501

    bus.subscribe(on_message)

    def on_tick():
        asyncio.get_event_loop().call_soon(print, "tick")  # expect: LOOP501
        asyncio.get_running_loop().call_later(1, print, "tock")  # expect: LOOP501
        grl().create_task(notify("tick"))  # expect: LOOP501
        asyncio.events.get_event_loop().run_in_executor(None, print)  # expect: LOOP501
        current = asyncio.get_running_loop()
        current.call_at(current.time() + 1, print)  # expect: LOOP501

    bus.on_tick = on_tick

    # A lambda is a callback too.
    bus.on_close = lambda: asyncio.ensure_future(notify("closed"))  # expect: LOOP501
    threading.Thread(target=lambda: asyncio.get_event_loop().create_task(notify("x"))).start()  # expect: LOOP501

    @bus.handler("ready")
    def on_ready():
        asyncio.ensure_future(notify("ready"))  # expect: LOOP501 (registered by a decorator)

    await server.wait_closed()


def register(bus):
    # A callback defined in a sync function.
    def handler(event):
        asyncio.create_task(notify(event))  # expect: LOOP501

    bus.subscribe(handler)


class Widget:
    def bind(self, button):
        def clicked():
            asyncio.ensure_future(notify("clicked"))  # expect: LOOP501

        button.on_click(clicked)


async def both_ways(bus):
    def step():
        # RULES.md only contrasts "called directly" with "handed to someone else"; this def is
        # both. Handed out, it can run on any thread or loop: a careful user expects the report.
        asyncio.ensure_future(notify("step"))  # expect: LOOP501

    step()  # called directly here...
    bus.subscribe(step)  # ...and handed to someone else


# ---- negatives ----


async def local_helper():
    # A nested def that the coroutine only calls directly runs on the coroutine's loop.
    def schedule(event):
        return asyncio.create_task(notify(event))

    task = schedule("direct")
    await task


async def captured_loop(bus):
    # The loop is captured in the coroutine that registers the callback: explicit, not implicit.
    loop = asyncio.get_running_loop()

    def from_thread(event):
        loop.call_soon_threadsafe(print, event)
        asyncio.run_coroutine_threadsafe(notify(event), loop)

    def on_same_loop(event):
        loop.create_task(notify(event))

    bus.subscribe(from_thread)
    bus.subscribe(on_same_loop)


class Service:
    def __init__(self, loop):
        self.loop = loop

    def bind(self, bus):
        def handler(event):
            self.loop.create_task(notify(event))  # an explicit loop attribute

        bus.subscribe(handler)


async def only_queries_the_loop(bus):
    def handler(event):
        return asyncio.get_running_loop().time()  # reads the loop, schedules nothing

    bus.subscribe(handler)


# Top-level functions and methods are not callbacks defined inside another function.
def schedule_notification(event):
    return asyncio.ensure_future(notify(event))


class Scheduler:
    def later(self, event):
        return asyncio.get_event_loop().call_soon(print, event)


def outer_sync():
    # A nested def only called directly by its enclosing function is not handed to anyone: it
    # runs wherever outer_sync runs, like outer_sync's own body (which LOOP501 never reports).
    # RULES.md is silent on this sync case; we follow the coroutine case (a local helper).
    def helper():
        asyncio.ensure_future(notify("helper"))

    helper()


async def uses_outer_sync():
    outer_sync()


def public_outer_sync():
    # The same, in a function nothing in the file calls: the nested helper still only runs where
    # its enclosing function runs. Not a callback.
    def helper():
        asyncio.ensure_future(notify("helper"))

    helper()
