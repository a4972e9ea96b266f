"""A half-edited module: one syntax error (LOOP001), and a hazard the parser still sees."""
import asyncio

PENDING = asyncio.Event()


def broadcast(message:
    return message
