import asyncio


class Template:
    def render(self):
        return asyncio.run(self.render_async())  # expect: LOOP301

    def preview(self):
        return asyncio.run(self.render_async())  # called only where no loop runs

    # Each called from a coroutine in one file only, written unusually (app/odd_*.py): the
    # index must read each of those files.
    def draft(self):
        return asyncio.run(self.render_async())  # expect: LOOP301

    def outline(self):
        return asyncio.run(self.render_async())  # expect: LOOP301

    def sketch(self):
        return asyncio.run(self.render_async())  # expect: LOOP301

    def proof(self):
        return asyncio.run(self.render_async())  # expect: LOOP301

    async def render_async(self):
        return "page"
