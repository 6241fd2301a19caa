# len() of an object whose __len__ returns a huge, negative or non-int value
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
for n in [-2**70, 2**63, 2**70, -1, 2.5, True, 2**40, '3']:
    try:
        print(len(L(n)))
    except Exception as e:
        print(type(e).__name__, e)
