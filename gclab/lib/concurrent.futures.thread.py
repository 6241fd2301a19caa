"""concurrent.futures.thread for gclab: the names CPython's submodule defines, from
concurrent.futures (gclab/lib/concurrent.futures.py)."""

from concurrent.futures import ThreadPoolExecutor, BrokenThreadPool
