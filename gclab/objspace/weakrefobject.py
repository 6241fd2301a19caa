"""Weak references: the type `weakref.ReferenceType` and the builtin module `_weakref`,
on which gclab/lib/weakref.py builds proxy, WeakValueDictionary, WeakKeyDictionary,
WeakSet and finalize.

What can be referred to weakly: an instance of a user class that gclab watches
(W_WatchedInstance): one whose class has __del__, or any made after weak references
were enabled -- compiling code that imports the weakref module, or importing it,
enables them (space.enable_weakrefs), so a program that never imports it makes plain
instances and pays nothing; and classes, functions, sets, frozensets and bound methods
(each with a field weakrefs_w, None until its first weak reference; on the tracing
plans such an object joins the finalizer queue with its first weak reference).  Weak
references to other objects (an instance made before any code that imports weakref was
compiled, an instance of a subclass of a builtin type, ints, strs, lists...) raise
TypeError, saying so.

How a weak reference refers, by the plan's kind (finalizerstate.WEAK_BY_ADDRESS, fixed
before translation):
  refcount plans   by the object's address, which is not counted; the object's
                   destructor (gclab.objspace.finalizers) marks every weak reference to
                   it dead as its count reaches 0, so `del x` kills them at once.
  other plans      by an RPython weak reference (the GC's); every watched instance is
                   in the finalizer queue, so when a collection finds it dead it is kept
                   until gclab.objspace.finalizers has marked its references dead.
Callbacks run as __del__ does: at the next call, return or backward jump (refcount), after the
collection (tracing), newest reference first, as CPython; an exception in one is
reported ("Exception ignored in: ...") and the program goes on.
"""

import weakref

from rpython.rtyper.lltypesystem import llmemory

from gclab.objspace import finalizerstate, freethreading, gcslots
from gclab.objspace.finalizerstate import STATE
from gclab.objspace.objects import W_Root
from gclab.objspace.typeobject import (W_Instance, W_WatchedInstance, W_BuiltinSubInstance,
                                       W_Type)
from gclab.objspace.function import W_Property, W_Function, W_Method
from gclab.objspace.setobject import W_BaseSet
from gclab.objspace.argspec import Spec, receiver

WEAKREF_NEW = Spec('ReferenceType(object, callback=None, /)')
WEAKREF_CALL = Spec('weakref.__call__($self, /)')
WEAKREF_CALLBACK = Spec('weakref.__callback__($self, /)')
GETWEAKREFCOUNT = Spec('getweakrefcount(object, /)')
GETWEAKREFS = Spec('getweakrefs(object, /)')
ENABLE = Spec('_gclab_enable()')


class W_WeakRef(W_Root):
    _attrs_ = ['wref', 'adr', 'alive', 'w_callback', 'hash_value', 'hashed', 'gc_slot']

    def __init__(self, w_obj, w_callback):
        self.w_callback = w_callback
        # tracked by the refcount plans' cycle collector if its callback is: a
        # reference that is itself garbage when its referent is found garbage does not
        # call its callback (cyclegc.handle_weakrefs)
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track_holder(self, w_callback)
        self.alive = True
        self.hashed = False
        self.hash_value = 0
        if finalizerstate.WEAK_BY_ADDRESS:
            self.adr = finalizerstate.address_of(w_obj)
        else:
            self.wref = weakref.ref(w_obj)

    def get(self):
        """The referent, or None once it died."""
        if not self.alive:
            return None
        if finalizerstate.WEAK_BY_ADDRESS:
            return finalizerstate.object_at(self.adr, W_Root)
        return self.wref()

    def kill(self):
        self.alive = False
        if finalizerstate.WEAK_BY_ADDRESS:
            self.adr = llmemory.NULL

    def getclass(self, space):
        return space.w_weakref

    def repr(self, space):
        w_obj = self.get()
        if w_obj is None:
            return '<weakref at 0x%x; dead>' % space.id_of(self)
        return "<weakref at 0x%x; to '%s' at 0x%x>" % (space.id_of(self),
                                                       space.type(w_obj).name,
                                                       space.id_of(w_obj))

    def hash(self, space):
        if not self.hashed:
            w_obj = self.get()
            if w_obj is None:
                raise space.error(space.w_TypeError, 'weak object has gone away')
            self.hash_value = space.hash_w(w_obj)
            self.hashed = True
        return self.hash_value

    def eq(self, space, w_other):
        """Two live references compare their referents; otherwise identity."""
        if not isinstance(w_other, W_WeakRef):
            return None
        w_a = self.get()
        w_b = w_other.get()
        if w_a is None or w_b is None:
            return space.newbool(self is w_other)
        return space.newbool(space.eq_w(w_a, w_b))


def refs_of(w_obj):
    """The list of the weak references to w_obj (None: none yet, or it cannot have
    any): a field of the classes that can have them, not of every object."""
    if isinstance(w_obj, W_WatchedInstance):
        return w_obj.weakrefs_w
    if isinstance(w_obj, W_Type):
        return w_obj.weakrefs_w
    if isinstance(w_obj, W_Function):
        return w_obj.weakrefs_w
    if isinstance(w_obj, W_BaseSet):
        return w_obj.weakrefs_w
    if isinstance(w_obj, W_Method):
        return w_obj.weakrefs_w
    return None


def set_refs(w_obj, refs_w):
    if isinstance(w_obj, W_WatchedInstance):
        w_obj.weakrefs_w = refs_w
    elif isinstance(w_obj, W_Type):
        w_obj.weakrefs_w = refs_w
    elif isinstance(w_obj, W_Function):
        w_obj.weakrefs_w = refs_w
    elif isinstance(w_obj, W_BaseSet):
        w_obj.weakrefs_w = refs_w
    elif isinstance(w_obj, W_Method):
        w_obj.weakrefs_w = refs_w


def clear_weakrefs(w_obj):
    """w_obj died: mark every weak reference to it dead and queue the callbacks, newest
    reference first.  Runs inside a deallocator on the refcount plans: no guest code,
    no allocation but the queue's growth."""
    refs_w = refs_of(w_obj)
    if refs_w is None:
        return
    set_refs(w_obj, None)
    held = freethreading.lock_state(freethreading.FINALIZERS)
    for i in range(len(refs_w) - 1, -1, -1):
        w_ref = refs_w[i]
        w_ref.kill()
        if w_ref.w_callback is not None:
            STATE.callbacks_w.append(w_ref)
            STATE.count += 1
    freethreading.unlock_state(freethreading.FINALIZERS, held)


def watched(space, w_obj):
    """w_obj as an object weak references can refer to, or TypeError."""
    slots = space.type(w_obj).slots
    if slots is not None and '__weakref__' not in slots:
        # (as CPython: __slots__ in every class, none naming __weakref__)
        raise space.error(space.w_TypeError, "cannot create weak reference to '%s' object"
                          % space.type(w_obj).name)
    if isinstance(w_obj, W_WatchedInstance) or isinstance(w_obj, W_Type) or \
            isinstance(w_obj, W_Function) or isinstance(w_obj, W_BaseSet) or \
            isinstance(w_obj, W_Method):
        return w_obj
    name = space.type(w_obj).name
    if isinstance(w_obj, W_BuiltinSubInstance):
        raise space.error(space.w_TypeError, "cannot create weak reference to '%s' object: "
                          "gclab does not refer weakly to instances of subclasses of "
                          "builtin types" % name)
    if isinstance(w_obj, W_Instance) and not space.type(w_obj).builtin:
        raise space.error(space.w_TypeError, "cannot create weak reference to '%s' object: "
                          "gclab refers weakly only to instances made after code that "
                          "imports weakref was compiled (or of classes with __del__)"
                          % name)
    raise space.error(space.w_TypeError, "cannot create weak reference to '%s' object"
                      % name)


def new_ref(space, args):
    """weakref.ref(object, callback=None): as CPython, a reference without a callback
    is shared by everyone who asks for one."""
    args_w = WEAKREF_NEW.unpack(space, args)
    w_obj = watched(space, args_w[0])
    w_callback = None
    if len(args_w) > 1 and args_w[1] is not space.w_None:
        w_callback = args_w[1]
    refs_w = refs_of(w_obj)
    if refs_w is None:
        refs_w = []
        set_refs(w_obj, refs_w)
        if not isinstance(w_obj, W_WatchedInstance):
            finalizerstate.watch_late(w_obj)
    elif w_callback is None:
        for w_ref in refs_w:
            if w_ref.w_callback is None:
                return w_ref
    w_ref = W_WeakRef(w_obj, w_callback)
    refs_w.append(w_ref)
    return w_ref


def weakref_call(space, args):
    w_ref = receiver(space, args, space.w_weakref, '__call__')
    WEAKREF_CALL.check(space, args)
    assert isinstance(w_ref, W_WeakRef)
    w_obj = w_ref.get()
    if w_obj is None:
        return space.w_None
    return w_obj


def weakref_callback(space, args):
    w_ref = receiver(space, args, space.w_weakref, '__callback__')
    WEAKREF_CALLBACK.check(space, args)
    assert isinstance(w_ref, W_WeakRef)
    if w_ref.w_callback is None:
        return space.w_None
    return w_ref.w_callback


def live_refs_w(w_obj):
    refs_w = refs_of(w_obj)
    if refs_w is None:
        return []
    return [w_ref for w_ref in refs_w if w_ref.alive]


def getweakrefcount(space, args):
    w_obj = GETWEAKREFCOUNT.unpack(space, args)[0]
    return space.newint(len(live_refs_w(w_obj)))


def getweakrefs(space, args):
    w_obj = GETWEAKREFS.unpack(space, args)[0]
    return space.newlist(live_refs_w(w_obj))


def enable(space, args):
    ENABLE.check(space, args)
    space.enable_weakrefs()
    return space.w_None


def install(space):
    space.w_weakref = w_type = space.make_type('weakref.ReferenceType', space.w_object)
    w_type.dict_w['__call__'] = space.wrap_builtin('__call__', weakref_call, w_type)
    w_type.dict_w['__callback__'] = W_Property(
        space.wrap_builtin('__callback__', weakref_callback, w_type), None)
    w_mod = space.new_module('_weakref')
    w_mod.dict_w['ref'] = w_type
    w_mod.dict_w['ReferenceType'] = w_type
    for name, impl in [('getweakrefcount', getweakrefcount), ('getweakrefs', getweakrefs),
                       ('_gclab_enable', enable)]:
        w_mod.dict_w[name] = space.wrap_builtin(name, impl)
    space.modules_w['_weakref'] = w_mod
