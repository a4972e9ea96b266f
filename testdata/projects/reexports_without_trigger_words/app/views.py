from shop import Batch, Page, flush, tick


async def show():
    return Page().render()


async def save(batch: Batch):
    flush()
    Batch().commit()
    tick()


def export():
    return Page().preview()
