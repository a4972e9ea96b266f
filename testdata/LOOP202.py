# LOOP202 loop-bound-client-outside-coroutine.
import aiohttp
import asyncpg
from aiohttp import ClientSession as Session
from aiohttp.connector import TCPConnector

SESSION = aiohttp.ClientSession()  # expect: LOOP202
CONNECTOR = TCPConnector(limit=10)  # expect: LOOP202
ALIASED = Session()  # expect: LOOP202
POOL = asyncpg.create_pool("postgresql://localhost/db")  # expect: LOOP202


def make_session():
    return aiohttp.ClientSession()  # expect: LOOP202 (called at import time below)


SHARED = make_session()


class Api:
    def __init__(self):
        self.session = aiohttp.ClientSession()  # expect: LOOP202 (Api() is built in the main guard)


def public_factory():
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector())  # expect: LOOP202, LOOP202


def _build_resolver():
    return aiohttp.AsyncResolver()  # expect: LOOP202 (reached from public_entry, which nothing calls)


def public_entry():
    return _build_resolver()


# ---- negatives ----


async def fetch(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            return await response.text()


def _private_helper():
    return aiohttp.ClientSession()  # private and never called


def session_factory():
    return aiohttp.ClientSession()  # only a coroutine calls it: a loop is running


async def uses_factory():
    async with session_factory() as session:
        return session


class Client:
    def __init__(self):
        self.session = aiohttp.ClientSession()  # built only inside coroutines


async def main():
    client = Client()
    pool = await asyncpg.create_pool("postgresql://localhost/db")
    return client, pool


def deferred():
    return lambda: aiohttp.ClientSession()  # a lambda runs when something calls it


if __name__ == "__main__":
    session = aiohttp.ClientSession()  # expect: LOOP202
    api = Api()
