# gclab's abc module.  gclab has no metaclasses, no __init_subclass__ and no __new__
# hook yet, so:
# - ABCMeta is an ordinary class: `class A(metaclass=ABCMeta)` is accepted (gclab
#   ignores metaclass=) and behaves as a subclass of ABC would;
# - instantiating a class that still has abstract methods raises CPython's TypeError
#   only through ABC.__init__: when the class (or the base that defines __init__) does
#   not define __init__ or calls super().__init__();
# - register() records virtual subclasses but isinstance()/issubclass() do not see them.


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    for attr in ('__func__', 'fget'):
        inner = getattr(value, attr, None)
        if inner is not None and getattr(inner, '__isabstractmethod__', False):
            return True
    return False


def _abstract_methods(cls):
    names = []
    seen = {}
    for klass in cls.__mro__:
        d = vars(klass)
        for name in d:
            if name in seen:
                continue
            seen[name] = True
            if _is_abstract(d[name]):
                names.append(name)
    return sorted(names)


_registry = {}


class ABC:
    """Helper class that provides a standard way to create an ABC using inheritance."""
    def __init__(self, *args, **kwargs):
        cls = type(self)
        abstract = _abstract_methods(cls)
        if abstract:
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, '' if len(abstract) == 1 else 's',
                               ', '.join(abstract)))
        if args or kwargs:
            raise TypeError('%s() takes no arguments' % cls.__name__)

    @classmethod
    def register(cls, subclass):
        _registry.setdefault(id(cls), []).append(subclass)
        return subclass


ABCMeta = ABC


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    return cls
