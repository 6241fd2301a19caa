print('imp_pkg.lazy runs')
LAZY = 'lazy'
