# This file talks about asyncio, trio and uvloop (asyncio.run(main()) at import time, even) but
# imports none of them: no name here resolves to those modules, so no rule can report and the
# file is not parsed; its syntax error is not looplint's business, with or without
# --no-prefilter. A module's name in a comment, a docstring or a string is no import.
"""See asyncio.get_event_loop() and trio.run()."""

WORDS = ["asyncio", "uvloop.install", "from trio import run"]


def broken(:
    pass
