import asyncio
A = asyncio.Lock()B = asyncio.Event()

	C = 1
