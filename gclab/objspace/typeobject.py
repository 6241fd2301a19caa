"""Types, instances of user classes, and exceptions."""

import weakref

from rpython.rlib.objectmodel import current_object_addr_as_int
from rpython.rtyper.lltypesystem import llmemory

from gclab.gc import nogil
from gclab.gc.refcounting.elide import fresh_init
from gclab.objspace.objects import W_Root
from gclab.objspace.strobject import str_repr, W_Str
from gclab.objspace import freethreading, gcslots, finalizerstate

# instance layouts: which W_ class an instance of a type is
LAYOUT_NONE = 0         # builtin type that cannot be instantiated by calling it here
LAYOUT_OBJECT = 1       # W_Instance
LAYOUT_EXCEPTION = 2    # W_ExceptionObject


class TypeVersions(object):
    """Bumped whenever a class's dict changes after its creation (space.setattr and
    space.delattr on a class): the lookup caches of the user classes trust it."""
    def __init__(self):
        self.last = 0

    def bump(self):
        """A new number.  Free-threaded builds: under a lock word of its own, as two
        threads changing two classes at once must not both write the same number (a
        cache entry filled between the two changes would then outlive the second).
        Readers read `last` without a lock (one aligned word)."""
        held = freethreading.lock_state(freethreading.TYPE_VERSIONS)
        self.last += 1
        freethreading.unlock_state(freethreading.TYPE_VERSIONS, held)


TYPE_VERSIONS = TypeVersions()


class CtorEntry(object):
    """A free-threaded build's remembered constructor (W_Type.remember_constructor):
    the __init__ to call (None: none), valid while the classes are at version."""
    _immutable_fields_ = ['w_init', 'version']

    def __init__(self, w_init, version):
        self.w_init = w_init
        self.version = version


NO_CTOR = CtorEntry(None, -1)


class W_Missing(W_Root):
    """The lookup caches' marker for a name that the MRO does not have."""


MISSING = W_Missing()


class LookupSnapshot(object):
    """A free-threaded build's lookup cache of a user class (W_Type.lookup_shared):
    the answers found while the classes were at `version`, never changed once
    published; a miss publishes a copy with one name more."""
    _immutable_fields_ = ['version', 'names_w']

    def __init__(self, version, names_w):
        self.version = version
        self.names_w = names_w


class W_Type(W_Root):
    _attrs_ = ['name', 'bases_w', 'dict_w', 'mro_w', 'layout', 'w_module', 'builtin',
               'instance_size', 'lookup_cache', 'cache_version', 'lookup_snapshot',
               'root_map',
               'has_del', 'del_version', 'w_builtin_base', 'w_metatype', 'slots', 'own_slots',
               'qualname', 'subclass_adrs', 'subclass_refs', 'subclass_prune_at',
               'gc_slot', 'weakrefs_w', 'w_ctor_init', 'ctor_version', 'ctor_entry']

    def __init__(self, name, bases_w, dict_w, layout, builtin):
        self.name = name
        self.bases_w = bases_w
        self.dict_w = dict_w
        self.layout = layout
        self.builtin = builtin
        self.mro_w = []
        self.w_module = None
        self.instance_size = 0      # most attributes an instance has had: see W_Instance
        self.lookup_cache = None
        self.cache_version = -1
        self.lookup_snapshot = None     # free-threaded builds' cache (lookup_shared)
        self.w_ctor_init = None     # remember_constructor()
        self.ctor_version = -1
        self.ctor_entry = NO_CTOR   # the same in free-threaded builds
        self.root_map = Map([])     # the map of its instances without attributes
        self.has_del = False        # has_finalizer()'s answer while del_version is current
        self.del_version = -1
        self.w_builtin_base = None  # a user class's builtin base (list, int, ...), if any
        self.w_metatype = None      # its metaclass if not `type` (objspace/metaclass.py)
        self.qualname = name        # __qualname__ (Outer.Inner, f.<locals>.C)
        self.slots = None           # __slots__: the only attribute names its instances
                                    # take (every class of the MRO has slots), or None
        self.own_slots = None       # the names its own __slots__ gave, or None
        # the classes made with it as a base (__subclasses__), referred to weakly as
        # CPython does: on the refcount plans by address (not counted; a dying class
        # takes itself out, subclass_died), on the others by RPython weak references
        # (the dead ones pruned as the list grows)
        self.subclass_adrs = None
        self.subclass_refs = None
        self.subclass_prune_at = 8
        self.weakrefs_w = None      # the W_WeakRefs to it (gclab.objspace.weakrefobject)
        # the refcount plans' cycle collector: a class is in a cycle through its own
        # MRO, often through its methods' __class__ cell too (prebuilt builtin types:
        # the class default, untracked)
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track(self)

    def getclass(self, space):
        if self.w_metatype is not None:
            return self.w_metatype
        return space.w_type

    def repr(self, space):
        if self.w_metatype is not None:
            w_meth = space.user_special(self, '__repr__')
            if w_meth is not None:
                return space.str_w_of_result(space.call_function(w_meth, []), '__repr__')
        return "<class '%s%s'>" % (self.module_prefix(), self.qualname)

    def str(self, space):
        if self.w_metatype is not None:
            w_meth = space.user_special(self, '__str__')
            if w_meth is not None:
                return space.str_w_of_result(space.call_function(w_meth, []), '__str__')
        return self.repr(space)

    def is_true(self, space):
        if self.w_metatype is not None:
            if space.user_special(self, '__bool__') is not None or \
                    space.user_special(self, '__len__') is not None:
                return space.instance_is_true(self)
        return True

    def module_prefix(self):
        """'module.' before the name in reprs: '' for a builtin type; for a user class
        its __module__, unless that is not a str or is 'builtins' (as CPython)."""
        if self.builtin:
            return ''
        w_module = self.dict_w.get('__module__', None)
        if isinstance(w_module, W_Str) and w_module.utf8() != 'builtins':
            return w_module.utf8() + '.'
        return ''

    def lookup(self, name):
        """Find name in the class and its bases, in MRO order; None if missing.
        A user class caches the answers (a builtin class's dict is filled lazily);
        free-threaded builds in snapshots (lookup_shared)."""
        if self.builtin:
            return self.lookup_in_mro(name)
        if nogil.ACTIVE:
            return self.lookup_shared(name)
        if self.cache_version != TYPE_VERSIONS.last or self.lookup_cache is None:
            self.lookup_cache = {}
            self.cache_version = TYPE_VERSIONS.last
        w_value = self.lookup_cache.get(name, None)
        if w_value is None:
            w_value = self.lookup_in_mro(name)
            if w_value is None:
                w_value = MISSING
            self.lookup_cache[name] = w_value
        if w_value is MISSING:
            return None
        return w_value

    def lookup_shared(self, name):
        """lookup() in a free-threaded build: threads read the class's snapshot with
        one load and no lock; a miss looks in the MRO, then publishes a copy of the
        snapshot with the answer, under the class's lock (two unlocked stores into one
        field would both release the snapshot they replace).  The version is read
        before the MRO: an answer found while a class changes is labelled with the
        version before the change, so it is dropped once the change is counted."""
        version = TYPE_VERSIONS.last
        snapshot = self.lookup_snapshot
        freethreading.subscribe()
        if snapshot is not None and snapshot.version == version:
            w_value = snapshot.names_w.get(name, None)
            if w_value is not None:
                if w_value is MISSING:
                    return None
                return w_value
        w_value = self.lookup_in_mro(name)
        held = freethreading.lock(self)
        try:
            snapshot = self.lookup_snapshot
            if snapshot is not None and snapshot.version == version:
                names_w = snapshot.names_w.copy()
            else:
                names_w = {}
            names_w[name] = MISSING if w_value is None else w_value
            # (the lock is recursive: publish_field takes it again)
            freethreading.publish_field(self, 'lookup_snapshot',
                                        LookupSnapshot(version, names_w))
        finally:
            freethreading.unlock(self, held)
        return w_value

    def remember_constructor(self, w_init, version):
        """space.construct() found that calling this class makes a plain instance
        (no __new__ of its own, no builtin base) and calls w_init, with the classes at
        version (read before the lookups): remembered while the classes do not change
        (TYPE_VERSIONS), so that the next call looks up neither __new__ nor __init__.
        (w_init is never None, as object has an __init__; None remembers nothing.)
        Free-threaded builds publish an immutable CtorEntry under the class's lock (as
        lookup_shared its snapshots)."""
        if w_init is None:
            return                  # (remembered_init: None means nothing remembered)
        if nogil.ACTIVE:
            freethreading.publish_field(self, 'ctor_entry', CtorEntry(w_init, version))
        else:
            self.w_ctor_init = w_init
            self.ctor_version = version

    def remembered_init(self):
        """The __init__ remember_constructor() remembered, if the classes have not
        changed since; else None.  A free-threaded build reads its CtorEntry with one
        load; a GIL build two plain fields."""
        if nogil.ACTIVE:
            entry = self.ctor_entry
            freethreading.subscribe()
            if entry.version == TYPE_VERSIONS.last:
                return entry.w_init
            return None
        if self.ctor_version == TYPE_VERSIONS.last:
            return self.w_ctor_init
        return None

    def forget_caches(self):
        """Drop the lookup caches and the remembered constructor."""
        self.lookup_cache = None
        self.cache_version = -1
        self.w_ctor_init = None
        self.ctor_version = -1
        if nogil.ACTIVE:
            freethreading.publish_field(self, 'lookup_snapshot', None)
            freethreading.publish_field(self, 'ctor_entry', NO_CTOR)

    def store(self, name, w_value):
        """A class attribute bound after the class was made; threads read class dicts
        without a lock (gclab/objspace/freethreading.py, store_shared)."""
        held = freethreading.lock(self)
        try:
            self.dict_w = freethreading.store_shared(self.dict_w, name, w_value)
            TYPE_VERSIONS.bump()
        finally:
            freethreading.unlock(self, held)

    def delete(self, name):
        """Delete a class attribute; False if the class has none of that name."""
        held = freethreading.lock(self)
        try:
            if name not in self.dict_w:
                return False
            self.dict_w = freethreading.delete_shared(self.dict_w, name)
            TYPE_VERSIONS.bump()
            return True
        finally:
            freethreading.unlock(self, held)

    def has_finalizer(self):
        """True if the class or a base defines __del__: its instances are then
        W_WatchedInstance (gclab.objspace.finalizers).  Cached until a class changes."""
        if self.del_version != TYPE_VERSIONS.last:
            self.has_del = self.lookup('__del__') is not None
            self.del_version = TYPE_VERSIONS.last
        return self.has_del

    def lookup_in_mro(self, name):
        for w_type in self.mro_w:
            assert isinstance(w_type, W_Type)
            w_value = w_type.dict_w.get(name, None)
            if w_value is not None:
                freethreading.subscribe()   # (class dicts are read without a lock)
                return w_value
        return None

    def is_subtype(self, w_other):
        for w_type in self.mro_w:
            if w_type is w_other:
                return True
        return False

    def release(self):
        """At exit (gclab.interp.main.release_program_state), for a class the program
        created: drop its MRO, which holds the class itself, its dict, whose functions'
        __class__ cell and code caches may hold it, and its lookup cache, so that on
        the refcount plans the class is freed once nothing else refers to it."""
        del self.mro_w[:]
        self.dict_w.clear()
        self.forget_caches()
        self.forget_subclasses()
        for w_base in self.bases_w:
            assert isinstance(w_base, W_Type)
            w_base.forget_subclass(self)

    def add_subclass(self, w_sub):
        held = freethreading.lock(self)
        try:
            if finalizerstate.WEAK_BY_ADDRESS:
                adr = finalizerstate.address_of(w_sub)
                if self.subclass_adrs is None:
                    self.subclass_adrs = [adr]
                else:
                    self.subclass_adrs.append(adr)
            else:
                if self.subclass_refs is None:
                    self.subclass_refs = []
                refs = self.subclass_refs
                if len(refs) >= self.subclass_prune_at:
                    refs = [ref for ref in refs if ref() is not None]
                    self.subclass_refs = refs
                    self.subclass_prune_at = max(8, 2 * len(refs))
                refs.append(weakref.ref(w_sub))
        finally:
            freethreading.unlock(self, held)

    def forget_subclass(self, w_sub):
        """w_sub is no longer listed (it is released at exit, or dying)."""
        held = freethreading.lock(self)
        try:
            if finalizerstate.WEAK_BY_ADDRESS:
                adrs = self.subclass_adrs
                if adrs is not None:
                    adr = finalizerstate.address_of(w_sub)
                    for i in range(len(adrs)):
                        if adrs[i] == adr:
                            del adrs[i]
                            break
                    if not adrs:
                        self.subclass_adrs = None
            else:
                refs = self.subclass_refs
                if refs is not None:
                    refs = [ref for ref in refs if live_other(ref, w_sub)]
                    self.subclass_refs = refs if refs else None
        finally:
            freethreading.unlock(self, held)

    def forget_subclasses(self):
        held = freethreading.lock(self)
        self.subclass_adrs = None
        self.subclass_refs = None
        freethreading.unlock(self, held)

    def subclasses(self):
        """The live subclasses, oldest first."""
        held = freethreading.lock(self)
        try:
            subs_w = []
            if finalizerstate.WEAK_BY_ADDRESS:
                if self.subclass_adrs is not None:
                    for adr in self.subclass_adrs:
                        subs_w.append(finalizerstate.object_at(adr, W_Type))
            elif self.subclass_refs is not None:
                for ref in self.subclass_refs:
                    w_sub = ref()
                    if w_sub is not None:
                        subs_w.append(w_sub)
            return subs_w
        finally:
            freethreading.unlock(self, held)


def live_other(ref, w_sub):
    """Whether a weak reference's class is alive and not w_sub."""
    w_ref = ref()
    return w_ref is not None and w_ref is not w_sub


def subclass_died(w_type):
    """W_Type.__del__ on the refcount plans (gclab.objspace.finalizers.configure): a
    class whose count reached 0 leaves its bases' lists of subclasses, and the
    registry of the program's classes."""
    for w_base in w_type.bases_w:
        assert isinstance(w_base, W_Type)
        w_base.forget_subclass(w_type)
    CLASSES.forget(w_type)


class ClassRegistry(object):
    """The classes the program made, on the refcount plans (space.track_classes), to
    release at exit (gclab.interp.accounting.release_program_state).  By address, as a
    class's list of subclasses: the registry does not keep a class alive, and a class
    leaves it when it dies (subclass_died), so that the cycle collector can free the
    classes that a running program drops."""
    def __init__(self):
        self.adrs = {}

    def add(self, w_type):
        held = freethreading.lock_state(freethreading.REGISTRIES)
        self.adrs[current_object_addr_as_int(w_type)] = True
        freethreading.unlock_state(freethreading.REGISTRIES, held)

    def forget(self, w_type):
        held = freethreading.lock_state(freethreading.REGISTRIES)
        adr = current_object_addr_as_int(w_type)
        if adr in self.adrs:
            del self.adrs[adr]
        freethreading.unlock_state(freethreading.REGISTRIES, held)

    def live(self):
        """The registered classes, alive (a list of counted references: they stay
        alive while the caller holds it)."""
        held = freethreading.lock_state(freethreading.REGISTRIES)
        classes_w = []
        for adr in self.adrs:
            classes_w.append(finalizerstate.object_at(llmemory.cast_int_to_adr(adr),
                                                      W_Type))
        freethreading.unlock_state(freethreading.REGISTRIES, held)
        return classes_w

    def reset(self):
        self.adrs = {}


CLASSES = ClassRegistry()


def compute_mro(w_type, conflict_w=None):
    """C3 linearization (single inheritance gives the plain chain); None when the
    bases allow none, with the heads of the sequences left appended to conflict_w."""
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
            if conflict_w is not None:
                for seq in nonempty:
                    if seq[0] not in conflict_w:
                        conflict_w.append(seq[0])
            return None
        result.append(candidate)
        for seq in nonempty:
            if seq[0] is candidate:
                del seq[0]


class Map(object):
    """The layout of an instance's attributes (a "hidden class", as in PyPy and V8):
    the attribute names in insertion order and each one's index in the instance's
    storage.  Instances that got the same attributes in the same order share one Map,
    so an instance costs one object and one array instead of a dict."""
    _attrs_ = ['names', 'indexes', 'transitions']

    def __init__(self, names):
        self.names = names
        self.indexes = {}
        for i in range(len(names)):
            self.indexes[names[i]] = i
        self.transitions = {}

    def index(self, name):
        if not self.names:
            return -1       # (no dict lookup: EMPTY_MAP and DICT_MODE are prebuilt)
        return self.indexes.get(name, -1)

    def with_name(self, name):
        """The map of an instance of this map that gets attribute name.  Threads
        share maps: free-threaded builds look up and extend the transitions under the
        map's lock."""
        held = freethreading.lock(self)
        try:
            next_map = self.transitions.get(name, None)
            if next_map is None:
                next_map = Map(self.names + [name])
                self.transitions[name] = next_map
        finally:
            freethreading.unlock(self, held)
        return next_map


EMPTY_MAP = Map([])
# The map of an instance whose __dict__ was assigned (obj.__dict__ = d): its storage is
# [d] and its attributes are d's str keys; it never gets transitions, and the attribute
# caches never remember it (an index into it is always -1).
DICT_MODE = Map([])


class AttrCache(object):
    """The inline cache of one attribute name of one code object (PyCode.attr_caches),
    for LOAD_ATTR, STORE_ATTR and LOAD_METHOD on instances of user classes.  Maps are
    per class, so an instance's map names its class too; an entry is valid while the
    classes have not changed since it was filled (TYPE_VERSIONS).

    load:   an instance with load_map has the attribute at load_index
    store:  an instance with store_map gets it at store_index, its map becoming
            store_new_map (the same map when the attribute exists already)
    method: an instance with method_map finds the plain function w_method (or None:
            no fast path) in its class"""
    _attrs_ = ['load_map', 'load_index', 'load_version',
               'store_map', 'store_new_map', 'store_index', 'store_version',
               'method_map', 'w_method', 'method_version',
               'load_entry', 'store_entry', 'method_entry']

    def __init__(self):
        self.load_map = None
        self.load_index = 0
        self.load_version = -1
        self.store_map = None
        self.store_new_map = None
        self.store_index = 0
        self.store_version = -1
        self.method_map = None
        self.w_method = None
        self.method_version = -1
        # free-threaded builds: the same three caches as immutable entries, each
        # published by one pointer store (space.load_attr_shared and its neighbours)
        self.load_entry = NO_LOAD
        self.store_entry = NO_STORE
        self.method_entry = NO_METHOD

    # a free-threaded build's new entries (freethreading.publish_field says why the
    # store is locked)

    def publish_load(self, map, index, version):
        freethreading.publish_field(self, 'load_entry', LoadEntry(map, index, version))

    def publish_store(self, map, new_map, index, version):
        freethreading.publish_field(self, 'store_entry',
                                    StoreEntry(map, new_map, index, version))

    def publish_method(self, map, w_method, version):
        freethreading.publish_field(self, 'method_entry',
                                    MethodEntry(map, w_method, version))


class CacheEntry(object):
    """An attribute cache entry of a free-threaded build, never changed once made:
    valid while the classes are at `version` (TYPE_VERSIONS), for instances whose
    map is `map`."""
    _immutable_fields_ = ['map', 'version']

    def __init__(self, map, version):
        self.map = map
        self.version = version


class LoadEntry(CacheEntry):
    """An instance with map has the attribute at index of its storage."""
    _immutable_fields_ = ['index']

    def __init__(self, map, index, version):
        CacheEntry.__init__(self, map, version)
        self.index = index


class StoreEntry(CacheEntry):
    """An instance with map stores the attribute at index, its map becoming new_map
    (map itself when it has the attribute already)."""
    _immutable_fields_ = ['new_map', 'index']

    def __init__(self, map, new_map, index, version):
        CacheEntry.__init__(self, map, version)
        self.new_map = new_map
        self.index = index


class MethodEntry(CacheEntry):
    """An instance with map finds the plain function w_method in its class (None: no
    fast path)."""
    _immutable_fields_ = ['w_method']

    def __init__(self, map, w_method, version):
        CacheEntry.__init__(self, map, version)
        self.w_method = w_method


# (version -1 is never the classes' version: the empty entries never match)
NO_LOAD = LoadEntry(None, 0, -1)
NO_STORE = StoreEntry(None, None, 0, -1)
NO_METHOD = MethodEntry(None, None, -1)


class W_Instance(W_Root):
    """An instance of a user-defined class; attributes in storage_w, laid out by map.
    The storage starts with room for as many attributes as the class's instances have
    had (W_Type.instance_size), so that filling __init__ does not reallocate."""
    _attrs_ = ['w_class', 'map', 'storage_w', 'gc_slot']

    # only ever run on a new instance, first thing in a subclass's __init__: the
    # refcount plans store its fields as empty slots (elide.fresh_init)
    @fresh_init
    def __init__(self, w_class):
        self.w_class = w_class
        map = EMPTY_MAP
        size = 0
        if isinstance(w_class, W_Type):
            map = w_class.root_map
            size = w_class.instance_size
        self.map = map
        self.storage_w = [None] * size
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track(self)

    # Threads share instances: free-threaded builds read and change the map and the
    # storage together under the instance's lock (gclab/objspace/freethreading.py).

    def attribute_dict(self):
        """The dict holding the attributes of an instance in dict mode (its __dict__
        was assigned), else None: a W_Dict, or a dict subclass's instance."""
        if self.map is not DICT_MODE:
            return None
        return self.storage_w[0]

    def getdictvalue(self, name):
        """The instance attribute name, or None."""
        held = freethreading.lock(self)
        try:
            if self.map is not DICT_MODE:
                index = self.map.index(name)
                if index < 0:
                    return None
                return self.storage_w[index]
            w_dict = self.storage_w[0]
        finally:
            freethreading.unlock(self, held)
        return ATTRIBUTE_DICTS.get(w_dict, name)

    def setdictvalue(self, name, w_value):
        held = freethreading.lock(self)
        try:
            if self.map is not DICT_MODE:
                self._setdictvalue(name, w_value)
                return
            w_dict = self.storage_w[0]
        finally:
            freethreading.unlock(self, held)
        ATTRIBUTE_DICTS.set(w_dict, name, w_value)

    def load_at(self, map, index):
        """A free-threaded build's attribute cache hit: storage_w[index] if the
        instance's map is map, else None (read under the instance's lock)."""
        held = freethreading.lock(self)
        try:
            if self.map is map:
                return self.storage_w[index]
            return None
        finally:
            freethreading.unlock(self, held)

    def store_at(self, map, new_map, index, w_value):
        """A free-threaded build's attribute cache hit for a store: if the instance's
        map is map and its storage has room, store w_value at index and take new_map
        (under the instance's lock); False if not."""
        held = freethreading.lock(self)
        try:
            if self.map is map and index < len(self.storage_w):
                self.map = new_map
                self.storage_w[index] = w_value
                return True
            return False
        finally:
            freethreading.unlock(self, held)

    def _setdictvalue(self, name, w_value):
        index = self.map.index(name)
        if index >= 0:
            self.storage_w[index] = w_value
            return
        new_map = self.map.with_name(name)
        index = len(new_map.names) - 1
        if index >= len(self.storage_w):
            new_storage_w = [None] * (index + 1)
            for i in range(len(self.storage_w)):
                new_storage_w[i] = self.storage_w[i]
            self.storage_w = new_storage_w
            w_class = self.w_class
            if isinstance(w_class, W_Type) and w_class.instance_size <= index:
                w_class.instance_size = index + 1
        self.storage_w[index] = w_value
        self.map = new_map

    def deldictvalue(self, name):
        """Delete the instance attribute name; False if it has none."""
        held = freethreading.lock(self)
        try:
            if self.map is DICT_MODE:
                w_dict = self.storage_w[0]
            else:
                index = self.map.index(name)
                if index < 0:
                    return False
                names = self.map.names
                old_storage_w = self.storage_w
                w_class = self.w_class
                assert isinstance(w_class, W_Type)
                self.map = w_class.root_map
                self.storage_w = [None] * len(old_storage_w)
                for i in range(len(names)):
                    if i != index:
                        self._setdictvalue(names[i], old_storage_w[i])
                return True
        finally:
            freethreading.unlock(self, held)
        return ATTRIBUTE_DICTS.delete(w_dict, name)

    def dict_items(self):
        """[(name, w_value)] in insertion order."""
        held = freethreading.lock(self)
        try:
            if self.map is not DICT_MODE:
                names = self.map.names
                return [(names[i], self.storage_w[i]) for i in range(len(names))]
            w_dict = self.storage_w[0]
        finally:
            freethreading.unlock(self, held)
        return ATTRIBUTE_DICTS.items(w_dict)

    def set_attribute_dict(self, w_dict):
        """obj.__dict__ = w_dict (a dict, checked by the caller): from now on the
        instance's attributes are w_dict's items."""
        held = freethreading.lock(self)
        try:
            self.map = DICT_MODE
            self.storage_w = [w_dict]
        finally:
            freethreading.unlock(self, held)

    def set_class(self, w_class):
        """obj.__class__ = w_class (a compatible class, checked by the caller): the
        attributes move to a layout of the new class, so that the caches keyed by
        layout see the change."""
        held = freethreading.lock(self)
        try:
            if self.map is DICT_MODE:
                self.w_class = w_class
                return
            names = self.map.names
            old_storage_w = self.storage_w
            self.w_class = w_class
            self.map = w_class.root_map
            self.storage_w = [None] * len(old_storage_w)
            for i in range(len(names)):
                self._setdictvalue(names[i], old_storage_w[i])
        finally:
            freethreading.unlock(self, held)

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


class W_WatchedInstance(W_Instance):
    """An instance of a user class whose death gclab watches, as the plan can: its class
    had __del__ when it was made, or weak references were enabled (the weakref module
    imported).  gclab.objspace.finalizers.new_instance makes it; gclab.objspace.
    finalizers calls its __del__ once and clears its weak references
    (gclab.objspace.weakrefobject) when it dies."""
    _attrs_ = ['finalized', 'weakrefs_w']

    def __init__(self, w_class, has_del):
        W_Instance.__init__(self, w_class)
        self.finalized = not has_del    # no __del__ call owed (none, or done: PEP 442)
        self.weakrefs_w = None          # the W_WeakRefs to it, newest last


class W_BuiltinSubInstance(W_Instance):
    """An instance of a user class whose base is a builtin type (class Stack(list)):
    an instance, so that the interpreter's operators look its special methods up in
    its class (an override wins, the builtin type's own are found in the MRO), holding
    the builtin value that the builtin type's methods work on (builtin_value: every
    receiver check unwraps it)."""
    _attrs_ = ['w_value']

    def __init__(self, w_class, w_value):
        W_Instance.__init__(self, w_class)
        self.w_value = w_value

    def builtin_value(self):
        return self.w_value


class AttributeDicts(object):
    """How an instance in dict mode uses its dict: gclab.objspace.dictobject (which
    builds on this module) installs the implementation as ATTRIBUTE_DICTS."""

    def get(self, w_dict, name):
        raise NotImplementedError

    def set(self, w_dict, name, w_value):
        raise NotImplementedError

    def delete(self, w_dict, name):
        raise NotImplementedError

    def items(self, w_dict):
        raise NotImplementedError


ATTRIBUTE_DICTS = AttributeDicts()


class NameContext(object):
    """Where the interpreter raised a NameError: the frame's local variable names and
    its module, whose names the report offers as "Did you mean" (gclab.objspace.
    suggestions), as CPython looks at the frame of the traceback's last entry."""
    _attrs_ = ['varnames', 'w_module']

    def __init__(self, varnames, w_module):
        self.varnames = varnames
        self.w_module = w_module


class W_ExceptionObject(W_Instance):
    """An instance of BaseException or a subclass (builtin or user-defined)."""
    _attrs_ = ['args_w', 'w_cause', 'w_context', 'suppress_context', 'traceback',
               'name_context', 'w_tb']

    def __init__(self, w_class, args_w):
        W_Instance.__init__(self, w_class)
        self.args_w = args_w
        self.w_cause = None
        self.w_context = None
        self.suppress_context = False   # `raise ... from ...` hides the context
        self.traceback = None
        self.name_context = None        # a NameError the interpreter raised: NameContext
        self.w_tb = None    # __traceback__ once asked for (gclab.objspace.tracebackobject)

    # Stores into an exception that threads may share (a module-level exception raised
    # by several threads, `e.args = ...`): under its lock in free-threaded builds, so
    # that two stores into one field do not both drop the old value's reference.

    def set_args(self, args_w):
        held = freethreading.lock(self)
        try:
            self.args_w = args_w
        finally:
            freethreading.unlock(self, held)

    def set_cause(self, w_cause):
        """__cause__ (None clears it); `raise ... from` and assignment hide the context."""
        held = freethreading.lock(self)
        try:
            self.w_cause = w_cause
            self.suppress_context = True
        finally:
            freethreading.unlock(self, held)

    def set_context(self, w_context, only_if_unset=False):
        held = freethreading.lock(self)
        try:
            if not only_if_unset or self.w_context is None:
                self.w_context = w_context
        finally:
            freethreading.unlock(self, held)

    def set_traceback(self, traceback):
        held = freethreading.lock(self)
        try:
            self.traceback = traceback
        finally:
            freethreading.unlock(self, held)

    def set_traceback_object(self, traceback, w_tb):
        """The traceback entries and the traceback object made of them (or None)."""
        held = freethreading.lock(self)
        try:
            self.traceback = traceback
            self.w_tb = w_tb
        finally:
            freethreading.unlock(self, held)

    def default_str(self, space):
        args_w = self.args_w
        if len(args_w) == 0:
            return ''
        if space.exception_is(self, space.w_OSError):
            text = self.oserror_str(space)
            if text is not None:
                return text
        if len(args_w) == 1:
            if space.exception_is(self, space.w_KeyError):
                return space.repr_str(args_w[0])
            return space.str_str(args_w[0])
        return space.repr_str(space.newtuple(args_w))

    def oserror_str(self, space):
        """'[Errno 2] No such file or directory: 'a' -> 'b'' from an OSError's errno,
        strerror, filename and filename2 (as CPython: None if errno or strerror is
        missing and there is no filename)."""
        w_errno = space.getattr_or_none(self, 'errno')
        w_strerror = space.getattr_or_none(self, 'strerror')
        w_filename = space.getattr_or_none(self, 'filename')
        w_filename2 = space.getattr_or_none(self, 'filename2')
        w_none = space.w_None
        if w_errno is None or w_strerror is None:
            return None
        if w_filename is not None and w_filename is not w_none:
            text = '[Errno %s] %s: %s' % (space.str_str(w_errno), space.str_str(w_strerror),
                                          space.repr_str(w_filename))
            if w_filename2 is not None and w_filename2 is not w_none:
                text += ' -> ' + space.repr_str(w_filename2)
            return text
        if w_errno is not w_none and w_strerror is not w_none:
            return '[Errno %s] %s' % (space.str_str(w_errno), space.str_str(w_strerror))
        return None

    def default_repr(self, space):
        w_class = self.w_class
        assert isinstance(w_class, W_Type)
        args_w = self.args_w
        if len(args_w) == 1:
            return '%s(%s)' % (w_class.name, space.repr_str(args_w[0]))
        return w_class.name + space.repr_str(space.newtuple(args_w))


def identifier_repr(name):
    return str_repr(name)
