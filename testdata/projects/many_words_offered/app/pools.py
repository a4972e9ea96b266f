from tasks.runners import Pool as Reservoir, start_03


async def flush():
    Reservoir().drain()
    # start_14 is named here, in a comment, and refill below is not called after a dot:
    refill = Reservoir().refill
    return refill


async def warm():
    return start_03()
