# traceback.format_exception_only with notes, statistics on Decimal data, and the
# dict views registered with collections.abc's view ABCs
import traceback
import statistics as st
import collections.abc as cabc
from decimal import Decimal as D, localcontext
from fractions import Fraction as F

e = ValueError("base")
e.add_note("note one")
e.add_note("two\nlines")
print(traceback.format_exception_only(type(e), e))
try:
    raise e
except ValueError as x:
    print("".join(traceback.format_exception(x)).splitlines()[-3:])
k = KeyError("k")
k.__notes__ = "not a list"
print(traceback.format_exception_only(k))
print(traceback.format_exception_only(TypeError()))

d = [D("1.5"), D("2.5"), D("2.25"), D("0.1")]
print(st.mean(d), st.median(d), st.variance(d), st.pvariance(d), st.mode(d))
print(st.stdev(d), st.pstdev(d), repr(st.pstdev([D(3), D(3)])))
print(st.mean([F(1, 2), F(1, 3)]), st.harmonic_mean([D(1), D(3)]), st.mean([D(1), D(2)]))
with localcontext() as ctx:
    ctx.prec = 6
    print(st.mean([D(1), D(2), D(2)]), st.stdev([D(1), D(2), D(4)]))

dd = {1: 2, 3: 4}
for v in (dd.keys(), dd.items(), dd.values()):
    print(type(v).__name__, isinstance(v, cabc.Set), isinstance(v, cabc.KeysView),
          isinstance(v, cabc.ItemsView), isinstance(v, cabc.ValuesView),
          isinstance(v, cabc.MappingView), isinstance(v, cabc.Collection))
print(issubclass(type(dd.keys()), cabc.Set), isinstance(dd.keys(), cabc.Hashable))

# UnicodeDecodeError/UnicodeEncodeError made by the program have the codec attributes
ue = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "bad")
print(ue.reason, ue.encoding, ue.object, ue.start, ue.end, str(ue), repr(ue))
ee = UnicodeEncodeError("ascii", "h\xe9", 1, 2, "no")
print(ee.reason, ee.object, ee.start, ee.end, str(ee))
class MyDecodeError(UnicodeDecodeError):
    pass
me = MyDecodeError("latin-1", b"ab", 0, 2, "r")
print(me.encoding, me.end, str(me), isinstance(me, ValueError))
try:
    b"\xff".decode()
except UnicodeDecodeError as x:
    print(x.reason, x.start, x.object)
