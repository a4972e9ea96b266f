import shop


async def bracketed():
    page = shop.Page()
    return (page.outline)()
