# an uncaught json.JSONDecodeError names the module CPython defines it in (json.decoder)
import json
print(json.JSONDecodeError.__module__, json.JSONDecodeError.__qualname__)
print(repr(json.JSONDecodeError("m", "d", 0)))
json.loads("[1,")
