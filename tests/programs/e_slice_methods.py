# slice equality, slice.indices and int.bit_count
s = slice(1, 10, 2)
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) != slice(1, 2), slice(1) == slice(None, 1))
print(slice(0, 5, 2).indices(100), slice(-100, 100).indices(7), slice(5, 1, -2).indices(3))
for bad in [(slice(1, 2, 0), 3), (slice(1, 2), -1)]:
    try:
        bad[0].indices(bad[1])
    except ValueError as e:
        print('ValueError', e)
try:
    {slice(1, 2): 1}
except TypeError as e:
    print('TypeError', e)
print((255).bit_count(), (-7).bit_count(), (2 ** 100 - 1).bit_count(), (0).bit_count(), True.bit_count())
print((-(2 ** 70)).bit_count(), (2 ** 63).bit_count(), (-(2 ** 63)).bit_count())
data = list(range(20))
for sl in [slice(2, 8), slice(None, None, 3), slice(-5, None, -1)]:
    print(data[sl] == [data[i] for i in range(*sl.indices(len(data)))])
