# Sourced by the Makefile's recipes and scripts: the PyPy 2.7 host and its paths.
GCLAB_ROOT=${GCLAB_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
TC="$GCLAB_ROOT/.toolchain"
export LD_LIBRARY_PATH="$TC/usr/lib/pypy/bin:$TC/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
RPYTHON_DIR=$(ls -d "$TC"/rpython-* 2>/dev/null | head -n1)
export PYTHONPATH="$RPYTHON_DIR:$TC/site-packages:$GCLAB_ROOT"
PYPY="$TC/usr/lib/pypy/bin/pypy-c"
