import shop


async def spaced():
    return shop.Page().draft ()


def referenced():
    return shop.Page().preview  # not a call
