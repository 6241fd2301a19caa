"""urllib for gclab: the package of urllib.parse (gclab/lib/urllib.parse.py), the one
submodule gclab has (no urllib.request, urllib.error, urllib.robotparser)."""
