from net.http import make_global, make_session

SESSION = make_global()


async def main():
    async with make_session() as session:
        return session
