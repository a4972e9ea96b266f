import asyncio

from pkg.api import main
from pkg.star_a import nowhere

asyncio.run(main())  # expect: LOOP401
asyncio.run(nowhere())
