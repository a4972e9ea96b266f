# The functions asyncio.run() is given from another module. Nothing here mentions the event
# loop module, so the prefilter alone would not read this file: the index asks for it.


def main():
    print("serving")


async def serve():
    print("serving")


def factory():
    return serve()


def wrapped():
    return None
