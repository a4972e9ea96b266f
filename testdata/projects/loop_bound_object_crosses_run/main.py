import asyncio

from client.api import Api, Plain

api = Api()
asyncio.run(api.fetch())  # expect: LOOP303
asyncio.run(Api().fetch())  # expect: LOOP303
asyncio.run(Plain().fetch())


async def main():
    inside = Api()
    return await inside.fetch()


asyncio.run(main())
