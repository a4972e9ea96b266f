# The package's API, re-exported from its modules: a class under another name, and whatever
# star imports bind (here through a subpackage that star-imports in turn). No word here makes
# the prefilter read this file: the index must.
from .render import Template as Page
from .jobs import *
from .tools import *
