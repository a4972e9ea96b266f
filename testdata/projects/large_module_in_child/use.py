import asyncio

import star
from big import main

asyncio.run(main())  # expect: LOOP401
asyncio.run(star.helper_0())  # expect: LOOP401
asyncio.run(star.helper_1())  # big's __all__ leaves it out: star binds no helper_1
