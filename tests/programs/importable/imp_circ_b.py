print('imp_circ_b starts')
import imp_circ_a
print('imp_circ_b sees a partial imp_circ_a, with A?', hasattr(imp_circ_a, 'A'))
B = 'B'
