import asyncio

from svc.worker import Worker


async def handler():
    worker = Worker()
    worker.run_blocking()


async def other():
    Worker().run_blocking()


asyncio.run(Worker().start())  # expect: LOOP401


if __name__ == "__main__":
    w = Worker()
    w.run_in_script()
