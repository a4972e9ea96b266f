def main():
    print("plain")


async def amain():
    print("coroutine")
