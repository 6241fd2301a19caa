#!/usr/bin/env bash
# Installs gclab's toolchain into ignored folders of the repository:
#   .toolchain/   PyPy 2.7 (Debian bullseye packages, unpacked), RPython, py, pytest for the 2.7 host
#   .venv/        python3 virtual environment for the harness and end-to-end tests
# Idempotent: every step checks a stamp or the installed version first.
# Versions come from versions.mk only.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
eval "$(sed -n 's/^\([A-Z0-9_]*\) *= *\(.*\)$/\1="\2"/p' versions.mk)"

TC="$ROOT/.toolchain"
APT="$TC/apt"
DL="$TC/downloads"
mkdir -p "$TC" "$APT/lists/partial" "$APT/archives/partial" "$DL"

say() { printf '[setup] %s\n' "$*"; }

PYPY_C="$TC/usr/lib/pypy/bin/pypy-c"
pypy() {
    LD_LIBRARY_PATH="$TC/usr/lib/pypy/bin:$TC/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$PYPY_C" "$@"
}

# --- 1. PyPy 2.7 from Debian's bullseye suite -------------------------------------
source "$ROOT/tools/debian_mirror.sh"     # mirror_uri

if [ -x "$PYPY_C" ] && pypy -c 'import sys; assert sys.version_info[:2] == (2, 7)' 2>/dev/null; then
    say "pypy 2.7 host: present ($(pypy -c 'import sys; print(sys.version.split()[0] + " / PyPy " + ".".join(map(str, sys.pypy_version_info[:3])))'))"
else
    say "fetching pypy $PYPY_DEB_VERSION from Debian $DEBIAN_HOST_SUITE"
    echo "deb $(mirror_uri) $DEBIAN_HOST_SUITE main" > "$APT/sources.list"
    APTOPTS=(-o "Dir::Etc::sourcelist=$APT/sources.list" -o "Dir::Etc::sourceparts=-"
             -o "Dir::State::Lists=$APT/lists" -o "Dir::Cache::archives=$APT/archives"
             -o "Dir::Cache=$APT" -o "APT::Get::List-Cleanup=0" -o "Debug::NoLocking=1")
    apt-get "${APTOPTS[@]}" update -qq
    ( cd "$DL" && apt-get "${APTOPTS[@]}" download -qq \
        "pypy=$PYPY_DEB_VERSION" "pypy-lib=$PYPY_DEB_VERSION" libffi7 libssl1.1 )
    for deb in "$DL"/*.deb; do dpkg -x "$deb" "$TC"; done
    pypy -c 'import sys; assert sys.version_info[:2] == (2, 7)'
    say "pypy installed: $(pypy -c 'import sys; print(sys.version.split()[0])')"
fi

# --- 2. python3 venv (harness, end-to-end tests) -------------------------------------
if [ ! -x .venv/bin/python ]; then
    say "creating .venv"
    python3 -m venv .venv
fi
if ! .venv/bin/python -c "import pytest, sys; sys.exit(pytest.__version__ != '$PYTEST3_VERSION')" 2>/dev/null; then
    say "installing pytest $PYTEST3_VERSION into .venv"
    .venv/bin/pip install -q --disable-pip-version-check "pytest==$PYTEST3_VERSION"
fi
say "python3 venv: present ($(.venv/bin/python --version), pytest $(.venv/bin/python -c 'import pytest; print(pytest.__version__)'))"
# the harness's plots: exact pins in bench/requirements.txt
MPL_PIN=$(sed -n 's/^matplotlib==//p' bench/requirements.txt)
if ! .venv/bin/python -c "import matplotlib, sys; sys.exit(matplotlib.__version__ != '$MPL_PIN')" 2>/dev/null; then
    say "installing the harness's plotting packages (bench/requirements.txt)"
    .venv/bin/pip install -q --disable-pip-version-check --only-binary :all: -r bench/requirements.txt
fi
say "matplotlib: present ($MPL_PIN)"

# --- 3. RPython and py, unpacked sdists -----------------------------------------------
RPY_DIR="$TC/rpython-$RPYTHON_VERSION"
if [ ! -f "$RPY_DIR/rpython/__init__.py" ]; then
    say "fetching rpython $RPYTHON_VERSION (sdist)"
    .venv/bin/pip download -q --disable-pip-version-check --no-deps --no-binary :all: \
        -d "$DL" "rpython==$RPYTHON_VERSION"
    tar -xzf "$DL/rpython-$RPYTHON_VERSION.tar.gz" -C "$TC"
fi
say "rpython: present ($RPY_DIR)"

SITE2="$TC/site-packages"
mkdir -p "$SITE2"
have2() { PYTHONPATH="$SITE2" pypy -c "import $1, sys; sys.exit($1.__version__ != '$2')" 2>/dev/null; }

# --- 4. pip + setuptools for the 2.7 host, then py and pytest -------------------------
if ! have2 py "$PY_VERSION" || ! have2 pytest "$PYTEST2_VERSION"; then
    say "fetching pip $PIP_VERSION and setuptools $SETUPTOOLS_VERSION wheels"
    .venv/bin/pip download -q --disable-pip-version-check --no-deps --only-binary :all: \
        --python-version 2.7 --implementation py --abi none --platform any -d "$DL" \
        "pip==$PIP_VERSION" "setuptools==$SETUPTOOLS_VERSION"
    rm -rf "$TC/setuptools-wheel"
    mkdir -p "$TC/setuptools-wheel"
    ( cd "$TC/setuptools-wheel" && "$ROOT/.venv/bin/python" -m zipfile -e "$DL/setuptools-$SETUPTOOLS_VERSION-py2.py3-none-any.whl" . )
    say "installing py $PY_VERSION and pytest $PYTEST2_VERSION for the 2.7 host"
    PYTHONPATH="$TC/setuptools-wheel" PIP_DISABLE_PIP_VERSION_CHECK=1 \
        pypy "$DL/pip-$PIP_VERSION-py2.py3-none-any.whl/pip" install -q --no-compile --upgrade \
        --target "$SITE2" "py==$PY_VERSION" "pytest==$PYTEST2_VERSION"
    have2 py "$PY_VERSION" && have2 pytest "$PYTEST2_VERSION"
fi
say "2.7 host packages: py $PY_VERSION, pytest $PYTEST2_VERSION present"

# --- 5. libgc-dev (plan boehm): the system's Debian package, not pinned ----------------
# RPython's --gc=boehm compiles against <gc/gc.h> and links -lgc.  The only system
# package gclab installs; it needs root (as on CI and dev machines).
if dpkg -s libgc-dev >/dev/null 2>&1; then
    say "libgc-dev (plan boehm): present ($(dpkg-query -W -f='${Version}' libgc-dev))"
else
    say "installing Debian's libgc-dev (plan boehm) with apt-get"
    if apt-get update -qq && apt-get install -y -qq libgc-dev >/dev/null \
            && dpkg -s libgc-dev >/dev/null 2>&1; then
        say "libgc-dev installed: $(dpkg-query -W -f='${Version}' libgc-dev)"
    else
        # not fatal: every other plan works without it
        echo "setup: WARNING: could not install Debian's libgc-dev (needs root and apt;" \
             "see the apt-get output above): plan boehm will not translate until" \
             "'apt-get install libgc-dev' succeeds" >&2
    fi
fi

# --- 6. benchmark peers (PyPy 3 for the harness) ---------------------------------------
bash "$ROOT/tools/setup_peers.sh"

say "done"
