"""Fourteen sync helpers that start a loop, and a class whose method does: more words than
the index looks for one by one, offered to every file that imports this module."""
import asyncio


async def work():
    return 1


def start_01():
    return asyncio.run(work())


def start_02():
    return asyncio.run(work())


def start_03():
    return asyncio.run(work())  # expect: LOOP301


def start_04():
    return asyncio.run(work())


def start_05():
    return asyncio.run(work())


def start_06():
    return asyncio.run(work())


def start_07():
    return asyncio.run(work())


def start_08():
    return asyncio.run(work())


def start_09():
    return asyncio.run(work())


def start_10():
    return asyncio.run(work())


def start_11():
    return asyncio.run(work())


def start_12():
    return asyncio.run(work())


def start_13():
    return asyncio.run(work())  # expect: LOOP301


def start_14():
    return asyncio.run(work())


class Pool:
    def drain(self):
        return asyncio.run(work())  # expect: LOOP301

    def refill(self):
        return asyncio.run(work())  # called only where no loop runs
