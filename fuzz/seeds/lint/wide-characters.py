import asyncio
漢字 = "😀́";	L = asyncio.Lock()  # Ａ
x = ("		", asyncio.get_event_loop(), "é")
