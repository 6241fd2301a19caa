# a dict display's key without its ':' (after a first key: value pair): the caret is
# under the key's last character
print("never printed")
d = {'a': 1, 'b'}
