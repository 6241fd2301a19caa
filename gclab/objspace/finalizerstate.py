"""The state of gclab.objspace.finalizers that the frames read: below the object space,
so that Frame.run can test it before each instruction without importing the space.
finalizers.configure() sets PROMPT before translation (a constant for RPython: the test
vanishes from the plans that do not need it)."""

from rpython.rtyper.lltypesystem import llmemory
from rpython.rtyper.annlowlevel import cast_instance_to_base_ptr, cast_base_ptr_to_instance
from rpython.rtyper.rclass import OBJECTPTR
from rpython.rlib.objectmodel import specialize

PROMPT = False          # the refcount plans: Frame.finalizer_point tests STATE.count
WEAK_BY_ADDRESS = False             # the refcount plans: gclab.objspace.weakrefobject


def address_of(w_obj):
    """w_obj's address, which does not keep it alive (WEAK_BY_ADDRESS: weak references
    and a class's list of subclasses, whose entries go when the object dies)."""
    return llmemory.cast_ptr_to_adr(cast_instance_to_base_ptr(w_obj))


def _watch_nothing(w_obj):
    pass


# gclab.objspace.finalizers sets it at import: what a class or function that gets its
# first weak reference needs (weakrefobject.new_ref), so that its death is noticed
watch_late = _watch_nothing


@specialize.arg(1)
def object_at(adr, cls):
    """The object of class cls at an address address_of() gave."""
    return cast_base_ptr_to_instance(cls, llmemory.cast_adr_to_ptr(adr, OBJECTPTR))


class FinalizerState(object):
    """The objects waiting for their __del__ (destructor mode), the weak references
    whose callbacks are due, whether the loop that calls them is running (it is not
    re-entered from a __del__'s own frames), whether weak references are enabled."""
    _attrs_ = ['dead_w', 'callbacks_w', 'count', 'running', 'made', 'weakrefs_enabled']

    def __init__(self):
        self.dead_w = []
        self.callbacks_w = []
        self.count = 0      # len(dead_w) + len(callbacks_w), or 1 when the queue has some
        self.running = False
        self.made = 0       # W_WatchedInstance made: at_exit has work only if some were
        self.weakrefs_enabled = False   # every new instance is watched


STATE = FinalizerState()
