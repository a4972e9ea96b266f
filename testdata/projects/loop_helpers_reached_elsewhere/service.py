from helpers import loops


async def handle():
    loops.drive()
    return loops.running_loop()


if __name__ == "__main__":
    main_loop = loops.current_loop()
