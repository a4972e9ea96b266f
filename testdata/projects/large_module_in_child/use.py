import asyncio

from big import main

asyncio.run(main())  # expect: LOOP401
