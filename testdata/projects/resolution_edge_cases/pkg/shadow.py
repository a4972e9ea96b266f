import asyncio

from pkg.top import main


async def main():  # shadows the import: asyncio.run(main()) gets a coroutine
    print("local")


asyncio.run(main())
