# a group that except* makes at module level has no traceback of its own: CPython 3.11
# reports it without the 'Exception Group Traceback' header
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    raise KeyError(3)
