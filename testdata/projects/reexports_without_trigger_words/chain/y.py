# Star imports in a chain, each module analysed in the first pass (its asyncio words), and
# in the reverse of the run's file order: w takes x's names, x y's, y z's.
from chain.z import *
