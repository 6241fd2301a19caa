# at exit, as CPython's shutdown: objects the program still holds are finalized, the
# globals' values first, in their order, with every global still there
def helper():
    return 'helper'


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name, helper())


a = Noisy('a')
b = Noisy('b')
_c = Noisy('_c')


def keeper():
    return None


keeper.kept = Noisy('function attribute')       # (reached through the function)
print('end of program')
