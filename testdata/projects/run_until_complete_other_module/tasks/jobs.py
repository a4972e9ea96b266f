# No event loop words here: the index reads this module to answer for script.py.


async def nightly():
    return 1


def cleanup():
    print("clean")


def schedule():
    return nightly()
