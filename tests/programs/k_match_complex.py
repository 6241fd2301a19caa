# match statements: complex-number literal patterns (real part +/- imaginary part)

def classify(c):
    match c:
        case 1+2j:
            return "one-plus-two-j"
        case -1-2j:
            return "minus-one-minus-two-j"
        case 0-0j:
            return "zero"
        case -3j:
            return "minus-three-j"
        case {1+1j: v}:
            return "map " + str(v)
        case [2.5+0j, -0.5-1.5j]:
            return "seq"
        case (1.5e1+1e-1j) | (7-7J):
            return "or"
        case _:
            return "other"


for value in [1+2j, complex(-1, -2), 0, 0.0, -3j, {1+1j: 'q'}, [2.5, -0.5-1.5j],
              15+0.1j, 7-7j, 5, 'x']:
    print(repr(value), '->', classify(value))

for src in ['match x:\n case 1j+2: pass\n',
            'match x:\n case 1+2: pass\n',
            'match x:\n case -1.5+x: pass\n']:
    try:
        compile(src, '<pattern>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
