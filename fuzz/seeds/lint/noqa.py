import asyncio
A = asyncio.Lock()  # noqa
B = asyncio.Lock()  # noqa: LOOP201
C = asyncio.Lock()  # NOQA:LOOP2,LOOP999 trailing words
D = "# noqa"; E = asyncio.Lock()
F = (asyncio.Lock(),
     1)  # noqa: LOOP
G = asyncio.Lock()  #noqa:
