# The package's API is whatever its two star imports bind; Python takes a name from the last
# import that binds it, and each module's __all__ (or, without one, its public names) decides
# what a star import binds.
from .coroutines import *
from .scheduling import *
