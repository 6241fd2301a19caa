from imp_cycle_c import C
D = 'D'
