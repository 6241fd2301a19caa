# underscores in int() and float() text: only between digits (and after a base prefix)
for s in ["1_", "_1", "1__0", "1_0", "1_0.5", "1.5_", "1e1_0", "1_e5", "0x1_0"]:
    try: print(repr(s), float(s))
    except ValueError as e: print(e)
for s in ["1_", "1__0", "0_", "0x_1", "0b1_1", "1_0"]:
    try: print(repr(s), int(s, 0))
    except ValueError as e: print(e)
