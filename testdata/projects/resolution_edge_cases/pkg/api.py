# A star re-export.
from .top import *
