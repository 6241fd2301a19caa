# uncaught ValueError from int() of a non-numeric string read from parsed input
def parse_line(line):
    name, qty = line.split(':')
    return name.strip(), int(qty)
lines = ['apples: 3', 'pears:12', 'plums: many']
for ln in lines:
    print(parse_line(ln))
