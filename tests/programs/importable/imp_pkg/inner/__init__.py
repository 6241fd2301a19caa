from .. import NAME as PARENT
from ..util import double
from .leaf import LEAF
QUAD = double(double(1))
