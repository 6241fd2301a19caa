print('imp_pkg/__init__ runs:', __name__, __package__, len(__path__))
from . import util
from .util import double
NAME = 'imp_pkg'
