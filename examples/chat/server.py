"""Chat server: keeps one event loop for the whole module (LOOP101)."""
import asyncio

# Every importer shares this loop; the first asyncio.run() replaces it.
loop = asyncio.get_event_loop()
backup_loop = asyncio.new_event_loop()


async def handle(reader, writer):
    data = await reader.read(100)
    writer.write(data)
    await writer.drain()
    writer.close()


def serve(port):
    server = loop.run_until_complete(asyncio.start_server(handle, "127.0.0.1", port))
    return server
