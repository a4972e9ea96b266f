from compat import Template


async def old_show():
    page = Template()
    return page.render()
