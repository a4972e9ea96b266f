# A module (not a package) that re-exports a class for old code.
from shop.render import Template

__all__ = ["Template"]
