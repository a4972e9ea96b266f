import asyncio


class Client:
    def __init__(self, loop=None):
        # Built at import time in app.py: bound to the import-time loop.
        self.loop = loop or asyncio.get_event_loop()  # expect: LOOP103


class Pooled:
    def __init__(self):
        # Built only inside coroutines (app.py): get_event_loop() returns the running loop.
        self.loop = asyncio.get_event_loop()


class Unused:
    def __init__(self):
        # Built nowhere in the run: public API, its users may build it before asyncio.run().
        self.loop = asyncio.get_event_loop()  # expect: LOOP103
