"""W_Root, the root of the W_ objects, and the few W_ classes that belong to no builtin
type's module: the singletons None, NotImplemented and Ellipsis, slice and cell.

Every guest-visible value is an instance of a W_Root subclass.  Each class implements its
conversions (truth, repr, str, hash), length, membership, iteration and equality as
methods taking the space (eq returning None means "not implemented", CPython's
NotImplemented); arithmetic, indexing and attribute access are dispatched by the space on
the operands' types.  The dispatch loop never calls these methods directly: it calls the
space (gclab.objspace.space).

Each builtin type's W_ class lives in its own module, next to its methods:
W_Int, W_Bool, W_Long, W_Float in numberobject, W_Str in strobject, W_Tuple in
tupleobject, W_List and W_ListIterator in listobject, W_Dict in dictobject, W_Range and
W_RangeIterator in rangeobject, W_SeqIterator in iterators (docs/architecture.md has the
whole list)."""

from gclab.objspace import gcslots


class W_Root(object):
    _attrs_ = []

    def getclass(self, space):
        raise NotImplementedError

    def typename(self, space):
        return space.type(self).name

    # conversions -------------------------------------------------------------------
    def is_true(self, space):
        return True

    def repr(self, space):
        return '<%s object>' % self.typename(space)

    def str(self, space):
        return self.repr(space)

    def hash(self, space):
        return compute_identity_hash_of(self)

    def gc_slot_of(self):
        """The object's slot in the refcount plans' cycle collector, -1 if it is not
        tracked (gclab.objspace.cyclegc gives the tracked classes their own)."""
        return -1

    def builtin_value(self):
        """What a builtin type's method works on: the object itself, or for an
        instance of a user subclass of a builtin type, its builtin value
        (gclab.objspace.typeobject.W_BuiltinSubInstance)."""
        return self

    # comparison: None means NotImplemented ------------------------------------------
    def eq(self, space, w_other):
        return None

    # containers ----------------------------------------------------------------------
    def length(self, space):
        return -1               # no len()

    def contains(self, space, w_item):
        return -1               # -1: not supported, fall back to iteration

    def iter(self, space):
        return None

    def next(self, space):
        """Next item of an iterator, or None when exhausted."""
        return None


def compute_identity_hash_of(w_obj):
    from rpython.rlib.objectmodel import compute_identity_hash
    return compute_identity_hash(w_obj)


class W_NoneObject(W_Root):
    _attrs_ = []

    def getclass(self, space):
        return space.w_NoneType

    def is_true(self, space):
        return False

    def repr(self, space):
        return 'None'

    def hash(self, space):
        return 0x5f3759df


class W_NotImplemented(W_Root):
    _attrs_ = []

    def getclass(self, space):
        return space.w_NotImplementedType

    def repr(self, space):
        return 'NotImplemented'


class W_Ellipsis(W_Root):
    _attrs_ = []

    def getclass(self, space):
        return space.w_ellipsis

    def repr(self, space):
        return 'Ellipsis'


class W_Slice(W_Root):
    _attrs_ = ['w_start', 'w_stop', 'w_step', 'gc_slot']
    _immutable_fields_ = ['w_start', 'w_stop', 'w_step']

    def __init__(self, w_start, w_stop, w_step):
        self.w_start = w_start
        self.w_stop = w_stop
        self.w_step = w_step
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track_holder(self, w_start, w_stop, w_step)

    def getclass(self, space):
        return space.w_slice

    def eq(self, space, w_other):
        """Slices compare as the tuples (start, stop, step)."""
        if not isinstance(w_other, W_Slice):
            return None
        return space.newbool(space.eq_w(self.as_tuple(space), w_other.as_tuple(space)))

    def as_tuple(self, space):
        return space.newtuple([self.w_start, self.w_stop, self.w_step])

    def hash(self, space):
        raise space.error(space.w_TypeError, "unhashable type: 'slice'")

    def repr(self, space):
        return 'slice(%s, %s, %s)' % (space.repr_str(self.w_start),
                                      space.repr_str(self.w_stop),
                                      space.repr_str(self.w_step))


class W_Cell(W_Root):
    """A variable shared between a function and the functions nested in it."""
    _attrs_ = ['w_value', 'gc_slot']

    def __init__(self, w_value):
        self.w_value = w_value
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track(self)

    def getclass(self, space):
        return space.w_cell

    def repr(self, space):
        return '<cell>'
