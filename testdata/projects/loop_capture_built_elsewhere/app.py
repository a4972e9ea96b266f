# No word of the event loop module here: the index finds this file because it imports
# lib.client and names its classes.
from lib.client import Client, Pooled

CLIENT = Client()


async def handler():
    pooled = Pooled()
    return pooled
