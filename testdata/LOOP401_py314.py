# LOOP401 on target py314: 3.14 accepts awaitables, but every one of these still fails, so the
# reports stay (only the messages change).
# fixture: target-version=py314
import asyncio

import uvloop


async def main():
    await asyncio.sleep(0)


def returns_none():
    return None


class Ticket:
    def __await__(self):  # a custom awaitable
        yield
        return 1


if __name__ == "__main__":
    asyncio.run(asyncio.gather(main()))  # expect: LOOP401 (made before the runner's loop exists)
    task = asyncio.ensure_future(main())
    asyncio.run(task)  # expect: LOOP401
    asyncio.run(main)  # expect: LOOP401 (TypeError on 3.14)
    uvloop.run(main)  # expect: LOOP401
    asyncio.run(returns_none())  # expect: LOOP401
    asyncio.run(None)  # expect: LOOP401

    # ---- negatives ----
    asyncio.run(main())
    asyncio.run(Ticket())  # a custom awaitable: accepted on 3.14 (and not knowable before)
