# LOOP001 negatives: valid syntax that a naive grammar check might reject.
import asyncio

match = {"a": 1}  # `match` and `type` are soft keywords, usable as names
type = "x"
print(match, type)


def f(a, /, b, *, c):
    return [x for x in a] if c else (lambda: b)()


async def g():
    async with asyncio.timeout(1):
        return f"{1!r:>10}"


match match:
    case {"a": 1}:
        pass
