import aiohttp


def make_session():
    # Public, but every caller in the run is a coroutine (app.py): fine.
    return aiohttp.ClientSession()


def make_global():
    return aiohttp.ClientSession()  # expect: LOOP202
