"""gclab's modules written in Python: their sources are read at import time of the VM
(before translation) and compiled inside the binary when a program imports them."""

from __future__ import absolute_import     # (the host's os, not gclab/lib/os.py)

import os

_HERE = os.path.dirname(os.path.abspath(__file__))


def _load():
    sources = {}
    for name in sorted(os.listdir(_HERE)):
        if name.endswith('.py') and (name == '__future__.py' or not name.startswith('_')):
            with open(os.path.join(_HERE, name)) as f:
                sources[name[:-3]] = f.read()
    return sources


SOURCES = _load()
