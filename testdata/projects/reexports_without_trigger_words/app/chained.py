from chain.w import refresh


async def reload():
    refresh()
