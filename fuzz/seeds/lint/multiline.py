import asyncio

async def main():
    loop = asyncio.get_event_loop()
    return loop

def sync():
    asyncio.run(
        main()
    )

if __name__ == "__main__":
    asyncio.get_event_loop().run_until_complete(
        main())
    asyncio.run(main)
