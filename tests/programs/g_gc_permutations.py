# GC workload: permutations and combinations by recursion, many short-lived lists and tuples
def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out


def combinations(items, k):
    if k == 0:
        return [()]
    if len(items) < k:
        return []
    first = items[0]
    with_first = [(first,) + c for c in combinations(items[1:], k - 1)]
    return with_first + combinations(items[1:], k)


def next_permutation(a):
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = a[i + 1:][::-1]
    return True


perms = permutations([1, 2, 3, 4, 5, 6])
print(len(perms), perms[0], perms[1], perms[-1])
print(sum(p[0] * p[5] for p in perms))
strs = permutations("abcd")
print(len(strs), "".join(strs[7]), ["".join(s) for s in strs[-3:]])

a = [1, 2, 2, 3]
seen = [list(a)]
while next_permutation(a):
    seen.append(list(a))
print(len(seen), seen[:4], seen[-1])

for k in range(6):
    cs = combinations(list(range(7)), k)
    print(k, len(cs), cs[:2], cs[-1] if cs else None)

# derangements of 7 elements, counted by brute force over permutations
count = 0
for p in permutations(list(range(7))):
    ok = True
    for i in range(7):
        if p[i] == i:
            ok = False
            break
    if ok:
        count += 1
print("derangements", count)
perms = None
