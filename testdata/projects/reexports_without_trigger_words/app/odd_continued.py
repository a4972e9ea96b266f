import shop


async def continued():
    page = shop.Page()
    return page.sketch \
        ()
