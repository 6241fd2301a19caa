# if __name__ == "__main__": module-level name, functions defined before use, main() calling helpers
print(__name__)
def helper(n):
    return n * 2
def main():
    results = [helper(i) for i in range(4)]
    print('main ran', results)
    return 0
if __name__ == "__main__":
    status = main()
    print('status', status)
else:
    print('imported')
if __name__ != '__main__':
    print('never')
print(type(__name__).__name__, __name__ == '__main__')
