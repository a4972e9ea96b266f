from shared.locks import Guard, Plain
from shared import locks

GUARD = Guard()  # expect: LOOP201
OTHER = locks.Guard()  # expect: LOOP201
PLAIN = Plain()


async def use():
    return Guard()


def later():
    return Guard()
