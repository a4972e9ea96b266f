from .star_a import *
from .star_b import *
