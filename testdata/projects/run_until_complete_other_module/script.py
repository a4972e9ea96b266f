import asyncio

from tasks import jobs
from tasks.jobs import nightly

if __name__ == "__main__":
    loop = asyncio.new_event_loop()
    loop.run_until_complete(nightly)  # expect: LOOP402
    loop.run_until_complete(jobs.cleanup())  # expect: LOOP402
    loop.run_until_complete(jobs.schedule())
    loop.run_until_complete(nightly())
