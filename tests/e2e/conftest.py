import os
import sys

TESTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(TESTS)
for p in [TESTS, os.path.join(ROOT, 'gclab', 'gc')]:
    if p not in sys.path:
        sys.path.insert(0, p)
