#!/usr/bin/env bash
# make tsan [TSAN_PLAN=P]: a ThreadSanitizer build of a free-threaded plan (none-nogil by
# default; also atomic-refcount-nogil, atomic-immortal-refcount-nogil; Boehm cannot run
# under TSan), rebuilt from the C that its translation keeps, run on the thread corpus.  Races that are there by design are suppressed in tools/tsan.supp, each with
# its reason; every other report is printed (one line per location, with a count) and
# makes the target fail.  docs/free-threading.md says what the last run found.
set -euo pipefail
cd "$(dirname "$0")/.."
plan=${1:-none-nogil}
case "$plan" in *boehm*) echo "[tsan] $plan: Boehm cannot run under TSan"; exit 2;; esac
make --no-print-directory "build/gclab-$plan"
session=$(ls -td "build/usession/$plan/usession-"* | head -1)
rm -rf build/tsan
mkdir -p build/tsan
cp -r "$session/testing_1" build/tsan/testing_1
cp -r "$session/module_cache" build/tsan/module_cache
rm -f build/tsan/testing_1/*.o build/tsan/module_cache/*.o "build/tsan/testing_1/gclab-$plan"
echo "[tsan] compiling the generated C with -fsanitize=thread (a few minutes)"
make -s -C build/tsan/testing_1 -j2 \
    CFLAGS="-O1 -g -pthread -fsanitize=thread -fno-strict-aliasing" \
    LDFLAGS="-pthread -fsanitize=thread" > build/tsan/build.log 2>&1
exe="build/tsan/testing_1/gclab-$plan"
report=build/tsan/report.txt
: > "$report"
export TSAN_OPTIONS="halt_on_error=0 report_signal_unsafe=0 exitcode=0 suppressions=$PWD/tools/tsan.supp"
for program in tests/programs/threads/*.py; do
    echo "[tsan] $program"
    timeout 600 "$exe" "$program" > /dev/null 2>> "$report" || {
        echo "[tsan] $program failed (status $?)"; exit 1; }
done
races=$(grep '^SUMMARY: ThreadSanitizer' "$report" | sed 's/ (.*//' | sort | uniq -c | sort -rn || true)
if [ -n "$races" ]; then
    echo "[tsan] unsuppressed reports (full text in $report):"
    echo "$races"
    exit 1
fi
echo "[tsan] $plan clean: no report beyond the suppressions in tools/tsan.supp"
