import asyncio

import tasks
from tasks import grown

asyncio.run(tasks.start())  # coroutines.start: scheduling's __all__ leaves its start out
asyncio.run(tasks.stop())  # scheduling.stop, a coroutine function, exported by neither rule against it
asyncio.run(tasks.schedule())  # expect: LOOP401
asyncio.run(tasks._start_in_background())  # a private name: no star import binds it
asyncio.run(grown.soon())  # expect: LOOP401
