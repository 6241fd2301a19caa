# f-strings' self-documenting fields: repr by default, format() with a spec, conversions.
x = 255
name = 'gc'
pi = 3.14159
items = [1, 2]
print(f"{x=}", f"{x=:08x}", f"{x = :>6}", f"{x=!s}", f"{x=!r:>8}")
print(f"{name=}", f"{name=:>5}", f"{name=!s:<4}|", f"{name = }")
print(f"{pi=:.2f}", f"{pi=}", f"{items=}", f"{items[0]=:03d}", f"{x+1=:,}")
print(f"{x==255=}", f"{x!=1=}", f"{(x<=300)=}")
