# iter() checks that __iter__ returned an iterator
class Bad:
    def __iter__(self):
        return 1
class AlsoBad:
    def __iter__(self):
        return [1, 2]
class Good:
    def __iter__(self):
        return iter([1, 2])
class Own:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
for obj in [Bad(), AlsoBad()]:
    try:
        iter(obj)
    except TypeError as e:
        print('TypeError', e)
    try:
        for x in obj:
            pass
    except TypeError as e:
        print('for: TypeError', e)
    try:
        list(obj)
    except TypeError as e:
        print('list: TypeError', e)
print(list(Good()), list(Own()), [x * 2 for x in Own()])
