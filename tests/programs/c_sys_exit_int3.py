# sys.exit(3) from inside nested calls and a loop: status 3, output before it is flushed
import sys
def process(items):
    for i, item in enumerate(items):
        if item < 0:
            print('negative item at', i)
            sys.exit(3)
        print('item', item)
process([5, 2, -1, 7])
print('unreachable')
