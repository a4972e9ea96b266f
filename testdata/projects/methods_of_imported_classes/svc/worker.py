import asyncio


async def job():
    await asyncio.sleep(0)


class Worker:
    def run_blocking(self):
        return asyncio.run(job())  # expect: LOOP301

    def run_in_script(self):
        # Called only from the main guard of jobs.py: fine.
        return asyncio.run(job())

    def start(self):
        print("plain")

    def run_spaced(self):
        # Called from a coroutine in spaced.py, written `worker\n . run_spaced()`.
        return asyncio.run(job())  # expect: LOOP301
