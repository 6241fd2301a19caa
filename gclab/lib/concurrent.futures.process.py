"""concurrent.futures.process for gclab: ProcessPoolExecutor, which raises
NotImplementedError when created (gclab starts no processes)."""

from concurrent.futures import ProcessPoolExecutor, BrokenProcessPool
