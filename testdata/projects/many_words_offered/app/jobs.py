# No asyncio name here: the index reads this file for the helpers it calls, found among
# the many words of the modules under `tasks` in one pass over its names.
import tasks.runners


async def nightly():
    tasks.runners.start_13()


async def hourly():
    return tasks.more.sync_fetch()


def by_hand():
    tasks.runners.start_14()  # a sync caller: no running loop here
