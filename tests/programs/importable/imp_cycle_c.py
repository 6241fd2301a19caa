from imp_cycle_d import D
C = 'C'
