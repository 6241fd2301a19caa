# ints never wrap: they grow past the machine word as in CPython
def factorial(n):
    result = 1
    i = 2
    while i <= n:
        result *= i
        i += 1
    return result


print(factorial(30))
print(factorial(25) // factorial(23))
x = 9223372036854775807
print(x + 1, -x - 2, x * x)
print((x + 1) - 1 == x, (x + 1) > x)
print(2 ** 64 % 1000007, -(2 ** 70) // 3)
