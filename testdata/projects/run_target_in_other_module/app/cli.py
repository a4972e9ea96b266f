import asyncio

from . import server
from .server import main as entry
import app.server
import app as package

asyncio.run(server.main())  # expect: LOOP401
asyncio.run(entry())  # expect: LOOP401
asyncio.run(app.server.wrapped())  # expect: LOOP401
asyncio.run(package.start())  # expect: LOOP401
asyncio.run(server.serve)  # expect: LOOP401
asyncio.run(server.main)  # expect: LOOP401

# A sync factory that returns a coroutine, and a coroutine: fine.
asyncio.run(server.factory())
asyncio.run(server.serve())
# A name this module rebinds no longer names the other module's function.
entry = server.serve
asyncio.run(entry())
