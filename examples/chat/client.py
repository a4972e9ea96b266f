"""Chat client, written the way looplint suggests: clean."""
import asyncio


class Client:
    def __init__(self, host, port):
        self.host = host
        self.port = port
        self.inbox = None

    async def connect(self):
        # Loop-bound objects are made inside the coroutine, on the running loop.
        self.inbox = asyncio.Queue()
        loop = asyncio.get_running_loop()
        reader, writer = await asyncio.open_connection(self.host, self.port)
        return loop, reader, writer


async def main():
    client = Client("127.0.0.1", 8888)
    lock = asyncio.Lock()
    async with lock:
        await client.connect()


if __name__ == "__main__":
    asyncio.run(main())
