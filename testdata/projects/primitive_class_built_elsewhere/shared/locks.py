import asyncio


class Guard:
    def __init__(self):
        self.lock = asyncio.Lock()


class Plain:
    def __init__(self):
        self.items = []
