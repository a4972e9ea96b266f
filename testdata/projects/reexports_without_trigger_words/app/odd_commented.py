import shop


async def commented():
    return (
        shop.Page().proof  # the call's arguments follow
        ()
    )
