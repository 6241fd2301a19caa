# keyword: kwlist and softkwlist (3.11's), iskeyword/issoftkeyword on keywords, soft
# keywords, builtins, near misses, non-str values; every keyword is rejected as a name
import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), len(keyword.softkwlist), sorted(keyword.__all__))
print(keyword.kwlist == sorted(keyword.kwlist), keyword.softkwlist == sorted(keyword.softkwlist))
for word in ['if', 'None', 'none', 'async', 'await', 'match', 'case', '_', 'print', 'True',
             'self', 'nonlocal', 'exec', 'type', '', 'IF', 'lambda ', 'yield']:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
for value in [1, None, 2.5, b'if', ('if',)]:
    print(repr(value), keyword.iskeyword(value), keyword.issoftkeyword(value))
try:
    keyword.iskeyword(['if'])
except TypeError as e:
    print('TypeError', e)
print([k for k in keyword.kwlist if keyword.issoftkeyword(k)])
print([k for k in keyword.softkwlist if keyword.iskeyword(k)])
print(sum(1 for k in keyword.kwlist if k.istitle()), [k for k in keyword.kwlist if k[0].isupper()])

rejected = []
for k in keyword.kwlist:
    try:
        exec(k + ' = 1')
        rejected.append((k, 'accepted'))
    except SyntaxError:
        rejected.append((k, 'SyntaxError'))
print(all(r == 'SyntaxError' for k, r in rejected), len(rejected))
namespace = {}
for k in keyword.softkwlist:
    exec(k + ' = 5', namespace)
print(sorted(k for k in namespace if k != '__builtins__'))
keywords = set(keyword.kwlist)
print('if' in keywords, 'match' in keywords)
