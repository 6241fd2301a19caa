"""Types, instances of user classes, and exceptions."""

from gclab.objspace.objects import W_Root, str_repr

# instance layouts: which W_ class an instance of a type is
LAYOUT_NONE = 0         # builtin type that cannot be instantiated by calling it here
LAYOUT_OBJECT = 1       # W_Instance
LAYOUT_EXCEPTION = 2    # W_ExceptionObject


class W_Type(W_Root):
    _attrs_ = ['name', 'bases_w', 'dict_w', 'mro_w', 'layout', 'w_module', 'builtin']

    def __init__(self, name, bases_w, dict_w, layout, builtin):
        self.name = name
        self.bases_w = bases_w
        self.dict_w = dict_w
        self.layout = layout
        self.builtin = builtin
        self.mro_w = []
        self.w_module = None

    def getclass(self, space):
        return space.w_type

    def repr(self, space):
        if self.builtin:
            return "<class '%s'>" % self.name
        return "<class '__main__.%s'>" % self.name

    def lookup(self, name):
        """Find name in the class and its bases, in MRO order; None if missing."""
        for w_type in self.mro_w:
            assert isinstance(w_type, W_Type)
            w_value = w_type.dict_w.get(name, None)
            if w_value is not None:
                return w_value
        return None

    def is_subtype(self, w_other):
        for w_type in self.mro_w:
            if w_type is w_other:
                return True
        return False


def compute_mro(w_type):
    """C3 linearization (single inheritance gives the plain chain)."""
    seqs = []
    for w_base in w_type.bases_w:
        assert isinstance(w_base, W_Type)
        seqs.append(w_base.mro_w[:])
    seqs.append(w_type.bases_w[:])
    result = [w_type]
    while True:
        nonempty = [s for s in seqs if s]
        if not nonempty:
            return result
        candidate = None
        for seq in nonempty:
            head = seq[0]
            in_tail = False
            for s in nonempty:
                for k in range(1, len(s)):
                    if s[k] is head:
                        in_tail = True
            if not in_tail:
                candidate = head
                break
        if candidate is None:
            return None
        result.append(candidate)
        for seq in nonempty:
            if seq[0] is candidate:
                del seq[0]


class W_Instance(W_Root):
    """An instance of a user-defined class."""
    _attrs_ = ['w_class', 'dict_w']

    def __init__(self, w_class):
        self.w_class = w_class
        self.dict_w = {}

    def getclass(self, space):
        return self.w_class

    def repr(self, space):
        return space.instance_repr(self)

    def str(self, space):
        return space.instance_str(self)

    def is_true(self, space):
        return space.instance_is_true(self)

    def hash(self, space):
        return space.instance_hash(self)


class W_ExceptionObject(W_Instance):
    """An instance of BaseException or a subclass (builtin or user-defined)."""
    _attrs_ = ['args_w', 'w_cause', 'w_context', 'traceback']

    def __init__(self, w_class, args_w):
        W_Instance.__init__(self, w_class)
        self.args_w = args_w
        self.w_cause = None
        self.w_context = None
        self.traceback = None

    def default_str(self, space):
        args_w = self.args_w
        if len(args_w) == 0:
            return ''
        if len(args_w) == 1:
            if space.exception_is(self, space.w_KeyError):
                return space.repr_str(args_w[0])
            return space.str_str(args_w[0])
        return space.repr_str(space.newtuple(args_w))

    def default_repr(self, space):
        w_class = self.w_class
        assert isinstance(w_class, W_Type)
        args_w = self.args_w
        if len(args_w) == 1:
            return '%s(%s)' % (w_class.name, space.repr_str(args_w[0]))
        return w_class.name + space.repr_str(space.newtuple(args_w))


def identifier_repr(name):
    return str_repr(name)
