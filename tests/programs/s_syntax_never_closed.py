# the parser fails on a later line than an unclosed bracket: CPython 3.11 reports the
# bracket, not the line after it
print("never printed")
values = [1, 2
print(values)
