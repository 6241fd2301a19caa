from .. import util as parent_util
LEAF = 'leaf in ' + __name__ + ' ' + str(parent_util.double(3))
