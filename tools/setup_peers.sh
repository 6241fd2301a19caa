#!/usr/bin/env bash
# Installs the benchmark peers that are not on the machine already into an ignored folder
# of the repository, without touching the system:
#   .toolchain/pypy3/   Debian bookworm's PyPy 3 (packages pypy3 and pypy3-lib, unpacked)
# The harness (`python -m bench`) finds it there and adds the subjects 'pypy3' and
# 'pypy3-nojit' (`pypy3 --jit off`).  The python3 peer is the machine's own python3.
#
# The same technique as tools/setup.sh uses for the 2.7 PyPy: a private apt sources list
# (the mirror URI read from the system's apt sources), private Dir::State::Lists and
# cache, `apt-get download` and `dpkg -x`.  Nothing is installed with dpkg; the system's
# apt state is not changed.  Run it as root on CI and dev machines (like tools/setup.sh).
#
# Idempotent: a stamp records the installed version; a second run only checks it.
# The version is pinned by PYPY3_DEB_VERSION in versions.mk.
#
# Run the installed interpreter by hand with:
#   .toolchain/pypy3/bin/pypy3 prog.py            (a wrapper that sets LD_LIBRARY_PATH)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
PYPY3_DEB_VERSION="${PYPY3_DEB_VERSION:-}"   # versions.mk, read next, has the last word
eval "$(sed -n 's/^\([A-Z0-9_]*\) *= *\(.*\)$/\1="\2"/p' versions.mk)"
if [ -z "$PYPY3_DEB_VERSION" ]; then
    echo "setup_peers: PYPY3_DEB_VERSION is not set in versions.mk" \
         "(e.g. PYPY3_DEB_VERSION = 7.3.11+dfsg-2+deb12u3)" >&2
    exit 1
fi
SUITE=bookworm

DEST="$ROOT/.toolchain/pypy3"      # dpkg -x target: usr/bin/pypy3, usr/lib/pypy3.9, ...
APT="$DEST/apt"                    # private apt state (sources.list, lists, cache)
DL="$DEST/downloads"               # the .deb files
STAMP="$DEST/.installed-version"
BIN="$DEST/usr/bin/pypy3"
LIBDIR="$DEST/usr/lib/x86_64-linux-gnu"   # libpypy3.9-c.so (+ any library unpacked here)

say() { printf '[setup-peers] %s\n' "$*"; }

pypy3() {
    LD_LIBRARY_PATH="$LIBDIR${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$BIN" "$@"
}

works() {
    [ -x "$BIN" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$PYPY3_DEB_VERSION" ] \
        && pypy3 -c 'import sys, threading; assert sys.implementation.name == "pypy"' \
           >/dev/null 2>&1
}

source "$ROOT/tools/debian_mirror.sh"     # mirror_uri

version_of() {
    LD_LIBRARY_PATH="$LIBDIR${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$BIN" -c \
        'import sys; print("Python %s / PyPy %s" % (sys.version.split()[0], ".".join(map(str, sys.pypy_version_info[:3]))))'
}

if works; then
    say "pypy3 peer: present ($(version_of); Debian $PYPY3_DEB_VERSION in .toolchain/pypy3)"
    exit 0
fi

say "fetching pypy3 $PYPY3_DEB_VERSION from Debian $SUITE into .toolchain/pypy3"
rm -rf "$DEST"
mkdir -p "$APT/lists/partial" "$APT/archives/partial" "$DL"
echo "deb $(mirror_uri) $SUITE main" > "$APT/sources.list"
APTOPTS=(-o "Dir::Etc::sourcelist=$APT/sources.list" -o "Dir::Etc::sourceparts=-"
         -o "Dir::State::Lists=$APT/lists" -o "Dir::Cache::archives=$APT/archives"
         -o "Dir::Cache=$APT" -o "APT::Get::List-Cleanup=0" -o "Debug::NoLocking=1"
         -o "APT::Sandbox::User=root")
apt-get "${APTOPTS[@]}" update -qq

# pypy3 pre-depends on pypy3-lib (same version) and on shared libraries of the bookworm
# system (libffi8, libexpat1, libssl3, libbz2-1.0, liblzma5, libgdbm6, libsqlite3-0,
# libncursesw6, libtinfo6, zlib1g, libc6, libgcc-s1).  Those already installed on the
# machine are used as they are; any that is missing is unpacked beside pypy3, unpinned.
PKGS=("pypy3=$PYPY3_DEB_VERSION" "pypy3-lib=$PYPY3_DEB_VERSION")
EXTRA=()
while read -r dep; do
    case "$dep" in ''|pypy3-lib|'<'*) continue ;; esac
    if [ "$(dpkg-query -W -f='${Status}' "$dep" 2>/dev/null)" != "install ok installed" ]; then
        EXTRA+=("$dep")
    fi
done < <(apt-cache "${APTOPTS[@]}" depends "pypy3=$PYPY3_DEB_VERSION" \
         | awk '$1 ~ /^\|?(Pre)?Depends:$/ {print $2}' | sort -u)
if [ "${#EXTRA[@]}" -gt 0 ]; then
    say "libraries missing on this machine, unpacked beside pypy3: ${EXTRA[*]}"
fi
( cd "$DL" && apt-get "${APTOPTS[@]}" download -qq "${PKGS[@]}" ${EXTRA[@]+"${EXTRA[@]}"} )
for deb in "$DL"/*.deb; do dpkg -x "$deb" "$DEST"; done
[ -x "$BIN" ] || { echo "setup_peers: $BIN not found after unpacking" >&2; exit 1; }

# A wrapper for running it by hand (the harness runs $BIN with LD_LIBRARY_PATH itself).
mkdir -p "$DEST/bin"
cat > "$DEST/bin/pypy3" <<'EOF'
#!/bin/sh
# Debian bookworm's pypy3, unpacked by tools/setup_peers.sh.
here=$(cd "$(dirname "$0")/.." && pwd)
LD_LIBRARY_PATH="$here/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
    exec "$here/usr/bin/pypy3" "$@"
EOF
chmod +x "$DEST/bin/pypy3"

# Debian byte-compiles the standard library when it installs the package (pypy3compile);
# do it for the modules the benchmarks import, so the first timed run is not the one that
# writes the caches.
pypy3 -c 'import threading, sys, time' >/dev/null
echo "$PYPY3_DEB_VERSION" > "$STAMP"
works || { echo "setup_peers: the unpacked pypy3 does not run" >&2; exit 1; }
say "pypy3 installed: $(version_of) (.toolchain/pypy3/usr/bin/pypy3)"
