print('imp_pkg.util runs:', __name__, __package__)


def double(x):
    return 2 * x
