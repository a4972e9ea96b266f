"""Under the same package: `import tasks.runners` offers these words as well."""
import asyncio


def sync_fetch():
    return asyncio.run(asyncio.sleep(0))  # expect: LOOP301


def sync_store():
    return asyncio.run(asyncio.sleep(0))
