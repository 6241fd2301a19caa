# sys.version_info is a tuple with named fields (the micro version is not compared)
import sys
v = sys.version_info
print(v.major, v.minor, v[:2], v >= (3, 8), v < (4,), v.releaselevel, v.serial)
print(isinstance(v, tuple), len(v), v[0] == v.major, type(v).__name__)
major, minor, micro, level, serial = v
print(major == 3, minor == v[1], micro == v.micro, level)
print(repr(v).startswith("sys.version_info(major=3, minor=11, micro="))
if sys.version_info.major >= 3:
    print("py3")
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError")
