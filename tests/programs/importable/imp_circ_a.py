print('imp_circ_a starts')
import imp_circ_b
A = 'A'
print('imp_circ_a ends; b has B:', imp_circ_b.B)


def from_b():
    return imp_circ_b.B
