# asyncio helpers, re-exported (see y.py)
from chain.x import *
