import asyncio


class Template:
    def render(self):
        return asyncio.run(self.render_async())  # expect: LOOP301

    def preview(self):
        return asyncio.run(self.render_async())  # called only where no loop runs

    async def render_async(self):
        return "page"
