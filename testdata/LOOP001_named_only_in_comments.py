# This file talks about asyncio and trio (asyncio.run(main()) at import time, even) only in
# comments, a docstring and strings: no token of its code is one of those names, so no rule
# can report, the file is not parsed, and its syntax error is not looplint's business, with or
# without --no-prefilter.
"""See asyncio.get_event_loop() and trio.run()."""

WORDS = ["asyncio", 'uvloop.install', """import trio""", b"aiohttp", r"asyncpg\"", "run_until_complete"]


def broken(:
    pass
