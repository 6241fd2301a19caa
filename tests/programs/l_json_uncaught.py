# an uncaught json.JSONDecodeError names the module CPython defines it in (json.decoder)
import json
print(json.JSONDecodeError.__module__, json.JSONDecodeError.__qualname__)
print(repr(json.JSONDecodeError("m", "d", 0)))
try:
    json.loads("[1,")
except json.JSONDecodeError as e:
    print(type(e).__module__, e)
raise json.JSONDecodeError("Expecting value", "[1,", 3)
