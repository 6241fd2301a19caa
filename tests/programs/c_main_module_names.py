# The names of a script's __main__ module as CPython's (__annotations__, __cached__,
# __loader__, __package__, __spec__ beside __file__ and __name__), module annotations
# stored in __annotations__, and importlib.util.find_spec("__main__") refused.
x: int = 5
y: str
print(__annotations__)
print(__spec__, __package__, __cached__)
import importlib.util
try:
    importlib.util.find_spec("__main__")
except ValueError as e:
    print(e)
print(sorted(k for k in dir() if k.startswith("__")))
