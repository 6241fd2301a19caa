# Sourced by tools/setup.sh and tools/setup_peers.sh: the Debian mirror this machine's
# apt already uses, read at run time (never written into the repo).
mirror_uri() {
    local uri=""
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
    fi
    if [ -z "$uri" ]; then
        uri=$(grep -hE '^deb[[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
              | grep -v security | awk '{for (i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}' | head -n1)
    fi
    [ -n "$uri" ] || { echo "$(basename "$0"): cannot find a Debian mirror in the system's apt sources" >&2; exit 1; }
    echo "$uri"
}
