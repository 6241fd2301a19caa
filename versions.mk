# Every pinned version gclab installs, in one place (read by the Makefile and tools/setup.sh).
DEBIAN_HOST_SUITE   = bullseye
PYPY_DEB_VERSION    = 7.3.3+dfsg-2
RPYTHON_VERSION     = 0.2.1
PY_VERSION          = 1.11.0
PIP_VERSION         = 20.3.4
SETUPTOOLS_VERSION  = 44.1.1
PYTEST2_VERSION     = 4.6.11
PYTEST3_VERSION     = 8.3.3
# Plan boehm: libgc-dev is not pinned; tools/setup.sh installs the system's Debian
# package (Debian bookworm's libgc-dev: 1:8.2.2-3 when this was written) with apt-get.
# Benchmark peer: Debian bookworm's PyPy 3 (tools/setup_peers.sh).  A bookworm point
# release: when Debian publishes a newer one, this version leaves the mirror; bump it.
PYPY3_DEB_VERSION   = 7.3.11+dfsg-2+deb12u3
# The harness's plotting packages are pinned in bench/requirements.txt.
