# warnings.warn reports the caller's file and line (stacklevel), its source line, and keeps
# the module's __warningregistry__
import warnings
warnings.warn("something odd")
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1
old()
def inner():
    warnings.warn("from inner")
for i in range(3):
    inner()
warnings.warn("far", stacklevel=10)
warnings.warn("again", UserWarning)
print(sorted(k for k in globals() if k.startswith("__warn")))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old(); inner()
    print([(x.category.__name__, str(x.message), x.lineno, x.filename.endswith("t_warn.py")) for x in w])
warnings.simplefilter("error")
try:
    inner()
except UserWarning as e:
    print("raised", e)
