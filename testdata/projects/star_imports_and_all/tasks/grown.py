from .dynamic import *
