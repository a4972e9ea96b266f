# An import anywhere makes the file one that needs analysis: here only inside a function, over
# several lines.


def sleeper():
    from asyncio import (
        sleep,
    )

    return sleep


def broken(:  # expect: LOOP001
    pass
