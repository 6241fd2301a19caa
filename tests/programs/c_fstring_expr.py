# f-strings: expressions, nested quotes, calls, format specs with nested fields, !r/!s, braces
name = 'World'
items = [3, 1, 2]
d = {'k': 'v', 'n': 5}
width, prec = 10, 3
print(f'Hello, {name}!', f'{name.upper()} {len(name)}', f"{'quoted'}", f'{"dq"}')
print(f'{1 + 2 * 3}', f'{items[0]}{items[-1]}', f"{d['k']}", f'{sorted(items)}', f'{d["n"] ** 2}')
print(f'{name!r}', f'{name!s}', f'{3.0!r}', f'{[name]!r}', f'{"x" if items else "y"}')
print(f'{3.14159:.2f}', f'{42:>6}', f'{42:<6}|', f'{42:^6}|', f'{42:06d}', f'{255:#x}', f'{1234567:,}')
print(f'{3.14159:{width}.{prec}f}|', f'{"s":{"*"}^{width}}', f'{12:{"+"}}', f'{name:>{width}}')
print(f'{{literal}}', f'{{{name}}}', f'a{{b}}c', f'{"{"}', f'{d}', f'{items!r:>12}')
print(f'{(lambda x: x * 2)(4)}', f'{[i * i for i in range(4)]}', f'{ {"a": 1}["a"] }')
print(f'{name}' f'{name}', 'plain' f'{1}', f'''triple {name}''', f"{'a' 'b'}")
total = 0
for i in range(3):
    total += i
    print(f'{i=}'.replace('=', ' = '), f'{total:3d}', f'{i / 3:.2%}', f'{-i:+}')
x = 12.5
print(f'{x:e}', f'{x:g}', f'{x:08.2f}', f'{int(x):b}', f'{x:>8}|', f'{True}', f'{None!r}', f'{x=}')
