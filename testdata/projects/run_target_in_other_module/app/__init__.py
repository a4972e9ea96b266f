# A package that re-exports the entry point (issue 7: "a re-exported function").
from .server import main as start
