"""Functions, methods, builtin functions, modules and call arguments."""

from rpython.rtyper.lltypesystem import lltype, rffi

from gclab.gc import nogil
from gclab.gc.refcounting.elide import fresh_init
from gclab.objspace.objects import W_Root
from gclab.objspace.strobject import W_Str
from gclab.objspace import freethreading, gcslots


class Arguments(object):
    """The arguments of one call: positional values and keyword names and values."""
    _attrs_ = ['args_w', 'kw_names', 'kw_values_w']

    def __init__(self, args_w, kw_names=None, kw_values_w=None):
        self.args_w = args_w
        self.kw_names = kw_names
        self.kw_values_w = kw_values_w

    def prepend(self, w_first):
        return Arguments([w_first] + self.args_w, self.kw_names, self.kw_values_w)

    def has_keywords(self):
        return self.kw_names is not None and len(self.kw_names) > 0


class W_Function(W_Root):
    _attrs_ = ['code', 'w_globals', 'defaults_w', 'kwdefaults_w', 'closure_w', 'name',
               'dict_w', 'gc_slot', 'weakrefs_w']
    _immutable_fields_ = ['code', 'w_globals']

    def __init__(self, code, w_globals, defaults_w, kwdefaults_w, closure_w):
        self.code = code
        self.w_globals = w_globals        # the module's W_Module
        self.defaults_w = defaults_w      # list of W_Root (the last parameters' defaults)
        self.kwdefaults_w = kwdefaults_w  # dict: name -> W_Root, or None
        self.closure_w = closure_w        # list of W_Cell, or None
        self.name = code.name
        self.dict_w = None
        self.weakrefs_w = None            # the W_WeakRefs to it (weakrefobject)
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track(self)

    def getclass(self, space):
        return space.w_function

    def repr(self, space):
        qualname = self.code.qualname
        w_qualname = None if self.dict_w is None else self.dict_w.get('__qualname__', None)
        if isinstance(w_qualname, W_Str):       # set by the program (functools.wraps)
            qualname = w_qualname.utf8()
        return '<function %s at 0x%x>' % (qualname, space.id_of(self))


class W_Method(W_Root):
    """A function bound to an object."""
    _attrs_ = ['w_self', 'w_func', 'gc_slot', 'weakrefs_w']
    _immutable_fields_ = ['w_self', 'w_func']
    # the W_WeakRefs to it (gclab.objspace.weakrefobject), None until the first: a
    # class default, not a store in __init__, so that making a bound method (every
    # `obj.m` not called at once) costs nothing more (RPython's malloc leaves a GC
    # pointer field NULL and writes no NULL default)
    weakrefs_w = None

    @fresh_init     # only on a new object (elide.fresh_init)
    def __init__(self, w_self, w_func):
        self.w_self = w_self
        self.w_func = w_func
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track(self)

    def getclass(self, space):
        if isinstance(self.w_func, W_BuiltinFunction):
            return space.w_builtin_function     # [].append: as CPython
        return space.w_method

    def repr(self, space):
        w_func = self.w_func
        name = space.func_name(w_func)
        if isinstance(w_func, W_Function):
            name = w_func.code.qualname         # as CPython: C.m, f.<locals>.C.m
        elif isinstance(w_func, W_BuiltinFunction):
            return '<built-in method %s of %s object at 0x%x>' % (
                name, space.type(self.w_self).name, space.id_of(self.w_self))
        return '<bound method %s of %s>' % (name, space.repr_str(self.w_self))

    def eq(self, space, w_other):
        """Bound methods are equal when they bind the same object to equal functions."""
        if not isinstance(w_other, W_Method):
            return None
        return space.newbool(self.w_self is w_other.w_self and
                             space.eq_w(self.w_func, w_other.w_func))

    def hash(self, space):
        from rpython.rlib.objectmodel import compute_identity_hash
        return compute_identity_hash(self.w_self) ^ space.hash_w(self.w_func)


class W_BuiltinFunction(W_Root):
    """A function implemented in RPython: impl(space, args) -> W_Root.
    A builtin stored in a type's dict is a method: the instance is args.args_w[0]."""
    _attrs_ = _immutable_fields_ = ['name', 'impl', 'w_owner', 'needs_frame']

    def __init__(self, name, impl, w_owner=None, needs_frame=False):
        self.name = name
        self.impl = impl
        self.w_owner = w_owner      # the type a builtin method belongs to, or None
        # globals(), locals(), exec, eval: a frame calling one directly makes itself
        # the thread's ec.frame for the call (Frame.call); no other call pays for it
        self.needs_frame = needs_frame

    def getclass(self, space):
        return space.w_builtin_function

    def repr(self, space):
        if self.w_owner is not None:
            return "<method '%s' of '%s' objects>" % (self.name,
                                                      space.type_name_of(self.w_owner))
        return '<built-in function %s>' % self.name


class W_StaticMethod(W_Root):
    _attrs_ = ['w_func', 'gc_slot']
    _immutable_fields_ = ['w_func']

    def __init__(self, w_func):
        self.w_func = w_func
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track_holder(self, w_func)

    def getclass(self, space):
        return space.w_staticmethod


class W_ClassMethod(W_Root):
    _attrs_ = ['w_func', 'gc_slot']
    _immutable_fields_ = ['w_func']

    def __init__(self, w_func):
        self.w_func = w_func
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track_holder(self, w_func)

    def getclass(self, space):
        return space.w_classmethod


class W_Property(W_Root):
    """property(fget, fset, fdel, doc); a missing function is None."""
    _attrs_ = ['w_fget', 'w_fset', 'w_fdel', 'w_doc', 'gc_slot']

    def __init__(self, w_fget, w_fset, w_fdel=None, w_doc=None):
        self.w_fget = w_fget
        self.w_fset = w_fset
        self.w_fdel = w_fdel
        self.w_doc = w_doc
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track_holder(self, w_fget, w_fset, w_fdel, w_doc)

    def getclass(self, space):
        return space.w_property


class W_MemberDescr(W_Root):
    """A name of a class's __slots__ (CPython's member_descriptor, in the class dict):
    the value itself lives in the instance's attribute storage, under the name (what
    the attribute caches read), so instance lookups find it there and consult the
    descriptor only for an unset slot; S.a, S.a.__get__/__set__/__delete__ use it."""
    _attrs_ = _immutable_fields_ = ['name', 'w_objclass']

    def __init__(self, name, w_objclass):
        self.name = name
        self.w_objclass = w_objclass    # the class whose __slots__ named it

    def getclass(self, space):
        return space.w_member_descriptor

    def repr(self, space):
        return "<member '%s' of '%s' objects>" % (self.name,
                                                  space.type_name_of(self.w_objclass))


class W_Super(W_Root):
    _attrs_ = ['w_start', 'w_self', 'gc_slot']
    _immutable_fields_ = ['w_start', 'w_self']

    def __init__(self, w_start, w_self):
        self.w_start = w_start      # the class after which the lookup starts
        self.w_self = w_self
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track_holder(self, w_start, w_self)

    def getclass(self, space):
        return space.w_super

    def repr(self, space):
        return "<super: <class '%s'>, <%s object>>" % (space.type_name_of(self.w_start),
                                                       space.type(self.w_self).name)


class ModuleVersions(object):
    """The source of module versions: every change to any module's dict takes a new
    number, so a version names one state of one module (see PyCode.load_global).
    A free-threaded binary takes them from an atomic counter (two modules changed at
    once by two threads must not get one number), counting on from the last number
    the prebuilt modules took."""
    def __init__(self):
        self.last = 0

    def next(self):
        if freethreading.ACTIVE_AND_TRANSLATED():
            return self.last + nogil.atomic_add_fetch(VERSION_WORD, 0, 1)
        self.last += 1
        return self.last


VERSION_WORD = lltype.malloc(rffi.CArray(lltype.Signed), 1, flavor='raw', immortal=True,
                             zero=True)


MODULE_VERSIONS = ModuleVersions()


class W_Module(W_Root):
    """A module.  Whoever changes dict_w after the module's code has started must call
    changed(): the LOAD_GLOBAL caches of the code objects trust the version."""
    _attrs_ = ['name', 'dict_w', 'version', 'cache_users', 'initializing', 'is_builtins',
               'w_names_dict']
    initializing = False        # an imported file's code is running (importing.py)
    # the dict that m.__dict__, vars(m) and globals() give (a W_GlobalsDict, made at the
    # first of these reads): kept equal to dict_w by store, delete and name_changed
    w_names_dict = None
    is_builtins = False         # the builtins module: its cache_users are the code
                                # objects whose caches hold builtins (add_cache_user)

    def __init__(self, name):
        self.name = name
        self.dict_w = {}
        self.version = MODULE_VERSIONS.next()
        self.cache_users = None     # code objects whose LOAD_GLOBAL cache holds values

    def changed(self):
        """A new version; the caches of the code objects that read this module let go
        of their values now, so that an old value does not outlive its binding.
        Free-threaded builds: the caller has published the new dict (or value) before,
        so a reader that sees the new version finds the new binding."""
        held = freethreading.lock(self)
        try:
            freethreading.publish()
            self.version = MODULE_VERSIONS.next()
            users = self.cache_users
            if users is not None:
                self.cache_users = None
                for code in users:
                    if self.is_builtins:
                        code.forget_global_values()     # (builtins: any module's code)
                    else:
                        code.clear_global_cache()
        finally:
            freethreading.unlock(self, held)

    def store(self, name, w_value):
        """A global bound (STORE_GLOBAL, setattr, import); threads read the globals
        without a lock (gclab/objspace/freethreading.py, store_shared)."""
        held = freethreading.lock(self)
        try:
            self.dict_w = freethreading.store_shared(self.dict_w, name, w_value)
            self.changed()
        finally:
            freethreading.unlock(self, held)
        if self.w_names_dict is not None:
            self.w_names_dict.name_changed(name)

    def delete(self, name):
        """Unbind a global; False if there was none."""
        held = freethreading.lock(self)
        try:
            if name not in self.dict_w:
                return False
            self.dict_w = freethreading.delete_shared(self.dict_w, name)
            self.changed()
        finally:
            freethreading.unlock(self, held)
        if self.w_names_dict is not None:
            self.w_names_dict.name_changed(name)
        return True

    def name_changed(self, name):
        """changed(), by one who bound or unbound `name` in dict_w itself (STORE_NAME
        at module level: its namespace is dict_w)."""
        self.changed()
        if self.w_names_dict is not None:
            self.w_names_dict.name_changed(name)

    def add_cache_user(self, code):
        """code's LOAD_GLOBAL cache holds a value of this module.  For the builtins
        module: a builtin, whichever module's code it is (a change to builtins, such
        as unittest.mock's patch('builtins.open'), must reach it)."""
        held = freethreading.lock(self)
        try:
            if self.is_builtins:
                registered = code.builtins_cache_used
                code.builtins_cache_used = True
            else:
                registered = code.global_cache_used
                code.global_cache_used = True
            if not registered:
                if self.cache_users is None:
                    self.cache_users = [code]
                else:
                    self.cache_users.append(code)
        finally:
            freethreading.unlock(self, held)

    def getclass(self, space):
        return space.w_module

    def repr(self, space):
        if self.name == '__main__' or self.name == 'sys' or self.name == 'math' or \
                self.name == 'time':
            return "<module '%s' (built-in)>" % self.name
        return "<module '%s'>" % self.name
