# starred expressions in subscripts (3.11): d[1, *a], d[*a]
d = {}; a = [2, 3]
d[1, *a] = "x"; d[*a] = 'y'; d[*a, 4] = 'z'
print(d, d[1, *a], d[*a])
del d[*a]
print(d)
class G:
    def __getitem__(self, k): return k
print(G()[*'ab'], G()[1:2, *a], G()[*a, ::2])
