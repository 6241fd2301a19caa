"""gclab/interp/unicodetables.py is what tools/unicode_tables.py generates from this
python3's Unicode database (the corpus program strings_unicode_tables.py compares the str
methods built on it with python3's)."""

import os
import subprocess
import sys
import unicodedata

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_the_tables_are_generated_from_this_database():
    with open(os.path.join(ROOT, 'gclab', 'interp', 'unicodetables.py')) as f:
        text = f.read()
    recorded = "UNIDATA_VERSION = '%s'" % unicodedata.unidata_version
    if recorded not in text:
        pytest.skip('this python3 has Unicode %s; the tables were generated from another'
                    % unicodedata.unidata_version)
    out = subprocess.run([sys.executable, 'tools/unicode_tables.py', '--check'], cwd=ROOT,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
