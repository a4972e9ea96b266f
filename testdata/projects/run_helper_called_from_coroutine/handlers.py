from util.sync import fetch_sync, report_sync


async def handle():
    return fetch_sync()


if __name__ == "__main__":
    report_sync()
