"""The README's table of plans is the registry's (tools/plans.py table)."""

import os
import subprocess
import sys

import corpus


def test_readme_plan_table_matches_registry():
    table = subprocess.check_output([sys.executable, os.path.join(corpus.ROOT, 'tools',
                                                                  'plans.py'), 'table'])
    with open(os.path.join(corpus.ROOT, 'README.md')) as f:
        readme = f.read()
    begin = readme.index('<!-- plans:begin -->\n') + len('<!-- plans:begin -->\n')
    end = readme.index('<!-- plans:end -->')
    assert readme[begin:end] == table.decode()
