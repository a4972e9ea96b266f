# An __all__ that grows at run time: the index cannot tell what it holds, so every name may be
# exported, as without the filter.
import asyncio

__all__ = ["later"]
__all__ += ["soon"]


def later():
    return asyncio.ensure_future(asyncio.sleep(1))


def soon():
    return asyncio.ensure_future(asyncio.sleep(0))
