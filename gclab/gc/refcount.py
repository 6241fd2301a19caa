"""gclab's reference counting for plan `refcount`: RPython's --gc=ref plus a fix for
opaque GC pointers (llmemory.GCREF), which every RPython dict holds.

The problem
-----------
In RPython 0.2.1 every dict is an ordered dict (rtyper/lltypesystem/rordereddict.py).
Its struct has a field `indexes` of type llmemory.GCREF, a pointer to GcOpaqueType
'GCREF': the hash index is a GcArray of Char, Short, Int or Signed (chosen by the
dict's size), allocated as such and stored with cast_opaque_ptr(GCREF, ...), read
back with cast_opaque_ptr(DICTINDEX_xxx, d.indexes).

RPython's RefcountingGCTransformer (memory/gctransform/refcounting.py) builds a
deallocator for each type whose objects it may free: one that pop_alive()s every GC
pointer inside and then frees.  It asks support.find_gc_ptrs_in_type(TYPE), which
raises "don't know what is in <GCREF (gcopaque)>" for a GcOpaqueType, because it
cannot see what is behind an opaque pointer.  That happens as soon as the
deallocator of a dict (which recurses into the types its fields point to) or a
decref of a GCREF variable is built -- i.e. in any program that has a dict.

The fix
-------
A GCREF field and a GCREF variable stay what they are for RPython: GC pointers,
counted like any other (push_alive/pop_alive on stores, on the result of
cast_opaque_ptr, at the end of a variable's life; the dict's deallocator pop_alive()s
its `indexes`).  Only the question "what is inside the referent" gets an answer:
nothing that the refcounting needs to know about.  The deallocator for GcOpaqueType
is RPython's no-pointer deallocator (free the memory), so a decref of a GCREF is
`ll_decref_simple` -- exactly what the decref of the same object through its
DICTINDEX_xxx pointer type does, so the two views of one object agree.  The
deallocator of every other type is RPython's (find_gc_ptrs_in_type only ever sees
GcOpaqueType itself through static_deallocation_funcptr_for_type(ptr.TO): for a
struct or array holding a GCREF field it returns the Ptr, which is fine).

That answer is only right if every object that a GCREF refers to has no GC pointers
and no destructor.  The transformer therefore checks every operation that makes a
GCREF out of something else: cast_opaque_ptr from a type with GC pointers or a
runtime type info (destructor) is a translation error, and so is a GCREF made from
an address or an integer (whose referent is unknown).  (Prebuilt objects are
immortal -- RPython gives them a refcount of sys.maxint // 2 -- and a prebuilt dict
is translated without an index: its first lookup builds one at run time.)  The
interpreter translates with these checks, so its only GCREFs are dict indexes.

Two more gaps in RPython's refcounting showed up once dicts got through (nothing
had reached them before: translation stopped at the GCREF):
  * `zero_everything_inside`, which the exception transformer puts after a
    malloc(..., zero=True) (rordereddict allocates its indexes that way), had no
    case in the transformer and reached the C source, which has no macro for it.
    Refcounting's mallocs always clear the memory, so it is dropped.
  * The C node of a RuntimeTypeInfo read its deallocator's name from a
    StructDefNode that the database had created but not yet set up
    (AttributeError: 'StructDefNode' object has no attribute 'gcinfo');
    RuntimeTypeInfoNode asks the transformer for the deallocator instead.

The plan keeps RPython's dicts unchanged -- the same ordered dict as the tracing
plans -- so that comparisons between plans use identical data structures.

Installation is the same as atomic_refcount's: the C backend takes its GC policy
class from the process-global rpython.translator.c.gc.name_to_gcpolicy['ref'];
install(config) puts GclabRefcountingGcPolicy there, uninstall() puts RPython's
back (for tests that translate several plans in one process).  The policy of plan
atomic-refcount derives from this one, so it gets the same fix.
"""

from rpython.memory.gctransform.refcounting import RefcountingGCTransformer
from rpython.memory.gctransform.support import find_gc_ptrs_in_type, get_rtti
from rpython.rtyper.lltypesystem import lltype
from rpython.translator.c import gc as c_gc


class OpaqueReferentError(Exception):
    """A GCREF is made from an object that the no-pointer deallocator would free
    wrongly (it has GC pointers or a destructor), or from an unknown address."""


def is_opaque_gc_ptr(T):
    return isinstance(T, lltype.Ptr) and isinstance(T.TO, lltype.GcOpaqueType)


class GclabRefcountingGCTransformer(RefcountingGCTransformer):

    def static_deallocation_funcptr_for_type(self, TYPE):
        if isinstance(TYPE, lltype.GcOpaqueType):
            # what a GCREF refers to holds no GC pointers (checked below)
            p = self.no_pointer_dealloc_ptr.value
            self.static_deallocator_funcptrs[TYPE] = p
            return p
        return RefcountingGCTransformer.static_deallocation_funcptr_for_type(
            self, TYPE)

    def gct_zero_everything_inside(self, hop):
        # The exception transformer emits this after a malloc(..., zero=True)
        # (rordereddict allocates its indexes that way); RPython's refcounting
        # transformer has no case for it, so it reached the C source, which has no
        # OP_ZERO_EVERYTHING_INSIDE.  Its mallocs always clear the memory
        # (malloc_zero_filled = True), so there is nothing to do -- as in
        # BoehmGCTransformer, and as RPython already does for
        # zero_gc_pointers_inside.
        assert self.malloc_zero_filled

    # ---- every way of making a GCREF out of a non-opaque value is checked ----

    _graph = None

    def transform_graph(self, graph):
        saved, self._graph = self._graph, graph
        try:
            return RefcountingGCTransformer.transform_graph(self, graph)
        finally:
            self._graph = saved

    def _where(self):
        return ' in %s' % (self._graph,) if self._graph is not None else ''

    def gct_cast_opaque_ptr(self, hop):
        op = hop.spaceop
        SRC = op.args[0].concretetype
        DST = op.result.concretetype
        if is_opaque_gc_ptr(DST) and not is_opaque_gc_ptr(SRC):
            T = SRC.TO
            if get_rtti(T) is not None or find_gc_ptrs_in_type(T):
                raise OpaqueReferentError(
                    "cast_opaque_ptr(%s, <%s>)%s: gclab's refcounting frees "
                    "what a GCREF refers to without looking inside, which is only "
                    "right for objects without GC pointers and without a destructor"
                    % (DST, T, self._where()))
        self.default(hop)

    def _refuse_unknown_referent(self, hop):
        op = hop.spaceop
        if is_opaque_gc_ptr(op.result.concretetype):
            raise OpaqueReferentError(
                "%s to %s%s: gclab's refcounting cannot tell whether what this GCREF "
                "refers to is free of GC pointers" % (op.opname,
                                                      op.result.concretetype,
                                                      self._where()))
        self.default(hop)

    gct_cast_adr_to_ptr = _refuse_unknown_referent
    gct_cast_int_to_ptr = _refuse_unknown_referent


class RuntimeTypeInfoNode(c_gc.RefcountingRuntimeTypeInfo_OpaqueNode):
    """The C node of a RuntimeTypeInfo (the deallocator of a struct, as returned by
    an instance's rtti query function and called by gc_call_rtti_destructor).

    RPython's node reads the deallocator's name from the struct's StructDefNode,
    where RefcountingGcPolicy.struct_setup() put it -- but the C database may meet
    the RuntimeTypeInfo constant (in a dynamic deallocator) while that StructDefNode
    is created but not yet set up: AttributeError 'StructDefNode' object has no
    attribute 'gcinfo'.  This node asks the transformer for the same deallocator
    instead (static_deallocation_funcptr_for_type caches it, so it is the same
    function struct_setup() records)."""

    def __init__(self, db, T, obj):
        assert T == lltype.RuntimeTypeInfo
        assert isinstance(obj.about, lltype.RttiStruct)
        self.db = db
        self.T = T
        self.obj = obj
        db.gettypedefnode(obj.about)      # as RPython's node: declare the struct
        self.implementationtypename = 'void (@)(void *)'
        fptr = db.gctransformer.static_deallocation_funcptr_for_type(obj.about)
        self.name = db.get(fptr)


class GclabRefcountingGcPolicy(c_gc.RefcountingGcPolicy):
    """RPython's C policy for --gc=ref with gclab's transformer (and a C node for
    RuntimeTypeInfo that does not depend on the order of the database's setup)."""

    def gettransformer(self, translator):
        return GclabRefcountingGCTransformer(translator)

    def rtti_node_factory(self):
        return RuntimeTypeInfoNode


# RPython's own policy class (not the dict entry, which install() replaces)
RPYTHON_POLICY = c_gc.RefcountingGcPolicy


def install_policy(config, policy, plan_name):
    if config.translation.gctransformer != 'ref':
        raise ValueError('%s needs --gc=ref, not --gc=%s'
                         % (plan_name, config.translation.gc))
    c_gc.name_to_gcpolicy['ref'] = policy


def install(config):
    """Make the C backend of this process use GclabRefcountingGcPolicy for --gc=ref.
    Called by gclab.gc.install.install_plan() after it set the gc."""
    install_policy(config, GclabRefcountingGcPolicy, 'refcount')


def uninstall():
    """Put RPython's policy back for --gc=ref (whichever gclab policy was in)."""
    c_gc.name_to_gcpolicy['ref'] = RPYTHON_POLICY
