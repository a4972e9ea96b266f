# Star imports in a chain, each module analysed in the first pass (it imports asyncio), and in
# the reverse of the run's file order: w takes x's names, x y's, y z's.
import asyncio  # noqa: F401

from chain.z import *
