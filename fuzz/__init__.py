"""Differential fuzzing of gclab against python3 (python3 only, not RPython).

    fuzz.gen      a generator of random, valid, deterministic programs in gclab's subset
    fuzz.runner   runs them on python3 and on translated binaries, compares the results
    fuzz.shrink   delta debugging of a failing program down to a small reproducer

Command line: `.venv/bin/python -m fuzz --help` (or `make fuzz`)."""
