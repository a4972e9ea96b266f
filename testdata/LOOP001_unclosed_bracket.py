# LOOP001: one report per file, at the unclosed bracket; the rest is still analysed.
import asyncio

EVENT = asyncio.Event()  # expect: LOOP201


def broadcast(message:  # expect: LOOP001:14
    return message
