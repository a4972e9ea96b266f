# asyncio helpers, re-exported (see y.py)
import asyncio  # noqa: F401

from chain.y import *
