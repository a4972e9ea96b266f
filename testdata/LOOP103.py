# LOOP103 loop-captured-at-construction.
import asyncio
import asyncio as aio


class Client:
    """Public API the file never builds: users often build it before asyncio.run()."""

    def __init__(self, loop=None):
        self.loop = loop or asyncio.get_event_loop()  # expect: LOOP103


class Server:
    def __init__(self):
        self._loop = aio.get_event_loop()  # expect: LOOP103 (built at import time below)


class Worker:
    def __init__(self, loop=None):
        self.loop = asyncio.get_event_loop() if loop is None else loop  # expect: LOOP103


class Lazy:
    def __init__(self):
        self.loop = None

    def attach(self):
        self.loop = asyncio.get_event_loop()  # expect: LOOP103 (attach() is called at import time)


class Factory:
    @classmethod
    def configure(cls):
        cls.loop = asyncio.get_event_loop()  # expect: LOOP103


SERVER = Server()
Lazy().attach()
Factory.configure()


def build_worker():
    return Worker()


WORKER = build_worker()

# ---- negatives ----


class Semaphore:
    """Like discord.py's _Semaphore: every construction is inside a coroutine."""

    def __init__(self):
        self.loop = asyncio.get_event_loop()


class Cog:
    def __init__(self, bot):
        self.bot = bot
        self.loop = asyncio.get_event_loop()


async def setup(bot):
    lock = Semaphore()
    cog = Cog(bot)
    return lock, cog


class Connection:
    def __init__(self):
        self.loop = None

    def ensure_loop(self):
        self.loop = asyncio.get_event_loop()  # only coroutines call it (via connect)

    async def connect(self):
        self.ensure_loop()


class Running:
    def __init__(self):
        self.loop = asyncio.get_running_loop()  # raises outside a loop, never silently binds


class Plain:
    def __init__(self):
        loop = asyncio.get_event_loop()  # a local, not stored on self (LOOP104 decides)
        self.size = 1
        del loop


async def coroutine_method():
    class Inner:
        def __init__(self):
            self.loop = asyncio.get_event_loop()

    return Inner()
