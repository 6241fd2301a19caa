"""gclab's benchmark harness (python3): runs workloads (suites fib, threads, programs)
on the build/gclab-<plan> binaries and on the peers python3, pypy3 and pypy3 --jit off,
measures each run with wait4 (through a small launcher, see runner.py), and reports
Markdown tables, results.json, results.csv and PNG charts.

Run from the repository root as `python -m bench --help`; compare two result sets with
`python -m bench compare A.json B.json`."""

import importlib.util
import os

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLANS_FILE = os.path.join(REPO_ROOT, 'gclab', 'gc', 'plans.py')


def load_plans():
    """The plan registry module gclab/gc/plans.py, loaded by file path so that no
    package __init__ of gclab (written for the Python 2.7 host) is imported."""
    spec = importlib.util.spec_from_file_location('gclab_plans', PLANS_FILE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
