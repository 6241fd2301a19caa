# input() and sys.stdin (readline, iteration, read) on a given stdin: tests/e2e
# test_stdin_programs_match_python3 feeds it STDIN (not in the corpus: that has no stdin)
import sys
name = input("name? ")
print("hello", name)
print(repr(sys.stdin.readline()))
n = int(input())
print(n * 2)
rest = [line.rstrip("\n") for line in sys.stdin]
print(rest, len(rest))
try:
    input("more? ")
except EOFError as e:
    print("EOFError", e)
print(repr(sys.stdin.read()), sys.stdin.closed)
