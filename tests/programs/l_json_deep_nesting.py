# json nests as deep as CPython's C encoder and scanner do (one guest frame a level):
# 900 levels of arrays and of objects, both ways.
import json
for depth in [100, 600, 900]:
    text = '[' * depth + ']' * depth
    print(depth, len(json.dumps(json.loads(text))))
    d = {}
    cur = d
    for i in range(depth - 1):
        cur['k'] = {}
        cur = cur['k']
    print(depth, len(json.dumps(d)), json.loads(json.dumps(d)) == d)
print(json.loads('[1, [2, {"a": [3, {}]}], {"b": []}]'), json.dumps([1, [2, {"a": [3, {}]}]], indent=1))
