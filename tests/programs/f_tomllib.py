# tomllib: loads/load on a TOML 1.0 document of every kind of value, and errors
import tomllib, io
doc = '''
# This is a TOML document
title = "TOML \\"Example\\" \\u00e9"
lit = 'C:\\Users\\path'
"quoted key" = 1
site."google.com" = true
a.b.c = 1_000
hex = 0xDEAD_beef
oct = 0o755
bin = 0b1101
flt = [+1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, inf, -inf]
ml = """
Roses are red
  Violets are "blue"\\
      and trailing"""
mll = \'\'\'
raw \\n text\'\'\'
empty = ""
[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00
utc = 1979-05-27T07:32:00Z
local = 1979-05-27T07:32:00.999999
day = 1979-05-27
tm = 07:32:00.5

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }
nested = { a = { b = [1, { c = 2 }] }, d.e = "f" }

[servers]

  [servers.alpha]
  ip = "10.0.0.1"
  role = "frontend"

  [servers.beta]
  ip = "10.0.0.2"   # comment
  role = "backend"

[[products]]
name = "Hammer"
sku = 738594937

[[products]]  # empty table within the array

[[products]]
name = "Nail"
sku = 284758393
color = "gray"
[products.details]
weight = 1
multi = [
  1,
  2, # two
  3,
]
'''
d = tomllib.loads(doc)
for k, v in d.items():
    print(k, "=", repr(v))
print(nan := tomllib.loads("x = nan")["x"], nan != nan)
print(tomllib.loads("v = 0.1", parse_float=lambda s: "F" + s))
print(tomllib.load(io.BytesIO(b'k = "v"\n')))
for bad in ['a = 1\na = 2', 'x = ', '[t]\n[t]', 'x = "unterminated', 'x = 01', 'x = [1, 2', 'k = {a = 1}\nk.b = 2', 'x = 1 y = 2', 'x = 1__0']:
    try:
        tomllib.loads(bad)
        print("no error", repr(bad))
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError", isinstance(e, ValueError))
try: tomllib.load(io.StringIO("a = 1"))
except TypeError as e: print("TE", e)
for bad in ['a.b = 1\n[a]\nc = 2', '[x]\na.b = 1\n[x.a]']:
    try:
        tomllib.loads(bad)
        print("no error", repr(bad))
    except tomllib.TOMLDecodeError:
        print("TOMLDecodeError")
print(tomllib.loads('[[a.b]]\nx=1\n[[a.b]]\nx=2\n[a]\ny=3'), tomllib.loads('s = """a""""'))
