# a source with \r\n line endings (Windows files) reads as CPython reads it
x = 1
print(x)
s = """a
b"""
print(repr(s))
