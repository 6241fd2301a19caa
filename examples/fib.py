# The "really bad recursive Fibonacci" used to measure the Gilectomy.
import sys


def fib(n):
    if n < 2:
        return n
    else:
        return fib(n - 1) + fib(n - 2)


def main():
    n = 30
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    print("fib(" + str(n) + ") =", fib(n))


if __name__ == "__main__":
    main()
