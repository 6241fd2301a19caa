"""A module docstring may come first."""
from __future__ import generators
from __future__ import nope
print("never")
