import asyncio

from ...top import main, amain
from ... import top

asyncio.run(main())  # expect: LOOP401
asyncio.run(top.main())  # expect: LOOP401
asyncio.run(amain())
