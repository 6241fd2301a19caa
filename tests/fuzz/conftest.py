# Kept parseable by Python 2.7: the Python 2.7 test run over tests/ skips this folder,
# whose tests are for the python3 fuzzer (`.venv/bin/python -m pytest tests/fuzz`).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(HERE))

if sys.version_info[0] < 3:
    collect_ignore = [name for name in os.listdir(HERE)
                      if name.endswith('.py') and name != 'conftest.py']
elif REPO_ROOT not in sys.path:
    sys.path.insert(0, REPO_ROOT)
