"""concurrent for gclab: the package of concurrent.futures (gclab/lib/concurrent.futures.py),
which is all it holds, as in CPython."""
