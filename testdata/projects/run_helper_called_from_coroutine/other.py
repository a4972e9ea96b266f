import chain


async def endpoint():
    return chain.level2()
