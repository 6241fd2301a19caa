# while/if/elif/else, break/continue/else, nested functions and recursion
def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def first_multiple(limit, k):
    i = 1
    while i < limit:
        if i % k == 0:
            break
        i += 1
    else:
        return -1
    return i


def count_odd(n):
    i = 0
    total = 0
    while i < n:
        i += 1
        if i % 2 == 0:
            continue
        total += 1
    return total


def ackermann(m, n):
    if m == 0:
        return n + 1
    elif n == 0:
        return ackermann(m - 1, 1)
    else:
        return ackermann(m - 1, ackermann(m, n - 1))


print(collatz_steps(27))
print(first_multiple(100, 7), first_multiple(5, 70))
print(count_odd(11))
print(ackermann(2, 3))
print(1 < 2 < 3, 3 > 2 > 2, not 0, 1 and 0, 0 or "x")
print(-7 // 2, -7 % 2, 7 // -2, 2 ** 10, 2 ** 100, -2 ** 2)
print(10 / 4, 1 / 3, 2.5 * 4, 0.1 + 0.2)
