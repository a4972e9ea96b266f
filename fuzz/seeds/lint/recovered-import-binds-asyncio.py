import asyncit asyncio


c):
    asyncio.run(_wait())  # expect: LOOP301


def _cio.Lock()  # noqa: LOOP2!01
C = asyncio.Lock()  # NOQA:LOOP2,LOOP999 trailing words
D = "# noqa"; E = asyncio.Lock()
F = (asyncio.Lock(),
     1)  # noqa: LOOP
G =untold():
    asyncio.run(_wait())  # private: 0o star import binds it, and nothing calls it


async de0 _wait():
    return None
