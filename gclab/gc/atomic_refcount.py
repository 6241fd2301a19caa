"""gclab's reference counting for plan `atomic-refcount`.

This is plan `refcount` -- RPython's `--gc=ref` (rpython/memory/gctransform/
refcounting.py) with gclab's fix for opaque GC pointers, the ordered dicts'
`indexes` (gclab/gc/refcount.py) -- with one more change: every read-modify-write
of an object's refcount is a single atomic instruction (GCC/Clang `__atomic`
builtins), as in the Gilectomy's first step, which made Py_INCREF/Py_DECREF atomic
so that threads could share objects without a GIL.

How --gc=ref works, and what is replaced
----------------------------------------
RefcountingGCTransformer gives every GC object a header holding a `refcount`
(a Signed).  It rewrites each graph so that taking a reference calls the helper
`ll_incref` (push_alive) and dropping one calls `ll_decref` or `ll_decref_simple`
(pop_alive); the helpers are RPython functions inlined everywhere, whose C is a plain
`x = hdr->refcount; hdr->refcount = x + 1`.  A type with `__del__` gets a
deallocator that runs the destructor and then decrements once more.  The C policy
(rpython/translator/c/gc.py, RefcountingGcPolicy) emits no refcount code of its own:
only OP_GC_FREE and OP_GC_CALL_RTTI_DESTRUCTOR.

AtomicRefcountingGCTransformer subclasses gclab.gc.refcount's
GclabRefcountingGCTransformer (RPython's, plus the GCREF fix) and, after RPython's
__init__ has built its helpers, rebinds `increfptr`, `decref_ptr` and
`decref_simple_ptr` to helpers whose read-modify-write is a call to a
`static inline` C function (declared with rffi.llexternal; its
ExternalCompilationInfo's post_include_bits, which go into the header that every
generated .c includes) -- so the C compiler sees one `lock xadd`.
It also overrides the deallocator of types with `__del__` so that its decrement is
atomic.  push_alive/pop_alive, malloc, the layout of the header and the prebuilt
refcounts are RPython's, unchanged.  (RPython's original helper graphs are still
built, but nothing calls them, so they never reach the C source.)

Plain stores remain where the object is exclusively owned: a deallocator sets the
refcount of an object that just reached 0 to 1 (and back to 0) while it runs its
destructor; no other thread can hold a reference at that point.

Memory orders (the helpers are the only place that chooses them):
  incref  __ATOMIC_RELAXED.  A reference can only be copied from one the thread
          already holds, so the object cannot be freed under us; the increment
          needs atomicity (no lost updates), not ordering.  (Same argument as
          C++ shared_ptr's copy and Rust's Arc::clone.)
  decref  __ATOMIC_ACQ_REL on the decrement-and-test.  Release: this thread's
          earlier accesses to the object happen-before its deallocation by
          whichever thread drops the last reference.  Acquire: the thread that
          sees 0 observes every other thread's writes before it frees the
          object.  (Rust's Arc uses release + an acquire fence on the 0 path;
          ACQ_REL on every decrement is simpler.)
On x86-64 both are a `lock`-prefixed instruction whatever the order; the order
matters on weakly ordered machines (ARM, POWER).

Installation: the C backend picks its GC policy class from the process-global
`rpython.translator.c.gc.name_to_gcpolicy[config.translation.gctransformer]`;
there is no option for a policy class.  `install(config)` therefore replaces the
'ref' entry with AtomicRefcountingGcPolicy.  That is process-local and happens only
when gclab.gc.install.install_plan() runs for plan atomic-refcount (the target
translated with --mm atomic-refcount); a `rpython` process translates one target,
so nothing else sees it.  `uninstall()` (the same function as
gclab.gc.refcount.uninstall) puts RPython's policy back (for tests that translate
several plans in one process).
"""

from rpython.memory.gctransform.refcounting import ADDRESS_VOID_FUNC
from rpython.memory.gctransform.support import (
    find_gc_ptrs_in_type, get_rtti, _static_deallocator_body_for_type,
    LLTransformerOp, ll_call_destructor)
from rpython.rtyper.lltypesystem import lltype, llmemory, rffi
from rpython.rtyper.lltypesystem.lloperation import llop
from rpython.translator.tool.cbuild import ExternalCompilationInfo

from gclab.gc.refcount import (GclabRefcountingGCTransformer,
                               GclabRefcountingGcPolicy, install_policy)
from gclab.gc.refcount import uninstall   # noqa: F401  (the same for both plans)


# The argument is the address of the `refcount` field; the C type of
# llmemory.Address is `void *`.
_ATOMIC_C = r"""
/* gclab atomic-refcount: see gclab/gc/atomic_refcount.py for the memory orders */
static inline void gclab_rc_incref(void *refcount) {
    (void)__atomic_add_fetch((Signed *)refcount, 1, __ATOMIC_RELAXED);
}
static inline Signed gclab_rc_decref(void *refcount) {
    return __atomic_sub_fetch((Signed *)refcount, 1, __ATOMIC_ACQ_REL);
}
"""

eci = ExternalCompilationInfo(post_include_bits=[_ATOMIC_C])


def _c_helper(name, result):
    return rffi.llexternal(name, [llmemory.Address], result,
                           compilation_info=eci, _nowrapper=True,
                           sandboxsafe=True, releasegil=False,
                           random_effects_on_gcobjs=False)

c_incref = _c_helper('gclab_rc_incref', lltype.Void)
c_decref = _c_helper('gclab_rc_decref', lltype.Signed)   # returns the new count


class AtomicRefcountingGCTransformer(GclabRefcountingGCTransformer):

    def __init__(self, translator):
        GclabRefcountingGCTransformer.__init__(self, translator)
        hdr_size = self.gcheaderbuilder.size_gc_header
        rc_offset = llmemory.offsetof(self.HDR, 'refcount')

        def refcount_adr(adr):   # the address of an object's refcount field
            return adr - hdr_size + rc_offset
        self.refcount_adr = refcount_adr

        def ll_incref(adr):
            if adr:
                c_incref(refcount_adr(adr))

        def ll_decref(adr, dealloc):
            if adr and c_decref(refcount_adr(adr)) == 0:
                dealloc(adr)

        def ll_decref_simple(adr):   # for objects without GC pointers
            if adr and c_decref(refcount_adr(adr)) == 0:
                llop.gc_free(lltype.Void, adr)

        if self.translator:
            # the same signatures as RPython's helpers; inlined like them
            Adr = llmemory.Address
            DEALLOC = lltype.Ptr(ADDRESS_VOID_FUNC)
            self.increfptr = self.inittime_helper(ll_incref, [Adr], lltype.Void)
            self.decref_ptr = self.inittime_helper(ll_decref, [Adr, DEALLOC],
                                                   lltype.Void)
            self.decref_simple_ptr = self.inittime_helper(
                ll_decref_simple, [Adr], lltype.Void)
            self.mixlevelannotator.finish()
            self.mixlevelannotator.backend_optimize()

    def static_deallocation_funcptr_for_type(self, TYPE):
        # RPython's deallocator for a type with a destructor (__del__) does a
        # plain `refcount - 1` after the destructor ran; everything else (no
        # destructor: release the GC fields, free) has no read-modify-write.
        rtti = get_rtti(TYPE)
        if (TYPE in self.static_deallocator_funcptrs or rtti is None or
                not hasattr(rtti._obj, 'destructor_funcptr')):
            return GclabRefcountingGCTransformer.static_deallocation_funcptr_for_type(
                self, TYPE)
        destrptr = rtti._obj.destructor_funcptr
        release_fields = '\n'.join(_static_deallocator_body_for_type('v', TYPE, 3))
        src = (
            "def ll_deallocator(addr):\n"
            "    exc_instance = llop.gc_fetch_exception(EXC_INSTANCE_TYPE)\n"
            "    try:\n"
            "        v = llmemory.cast_adr_to_ptr(addr, PTR_TYPE)\n"
            "        hdr = llmemory.cast_adr_to_ptr(addr - HDR_SIZE, HDRPTR)\n"
            "        hdr.refcount = 1    # we own it: the refcount reached 0\n"
            "        ll_call_destructor(destrptr,\n"
            "                           lltype.cast_pointer(DESTR_ARG, v), TYPENAME)\n"
            "        if c_decref(refcount_adr(addr)) == 0:  # __del__ did not resurrect it\n"
            "%s\n"
            "            llop.%s_free(lltype.Void, addr)\n"
            "    except:\n"
            "        pass\n"
            "    llop.gc_restore_exception(lltype.Void, exc_instance)\n"
            "    pop_alive(exc_instance)\n" % (release_fields, TYPE._gckind))
        d = {'llop': llop, 'lltype': lltype, 'llmemory': llmemory,
             'c_decref': c_decref, 'refcount_adr': self.refcount_adr,
             'HDR_SIZE': self.gcheaderbuilder.size_gc_header,
             'HDRPTR': lltype.Ptr(self.HDR),
             'pop_alive': LLTransformerOp(self.pop_alive),
             'll_call_destructor': ll_call_destructor, 'destrptr': destrptr,
             'DESTR_ARG': lltype.typeOf(destrptr).TO.ARGS[0],
             'PTR_TYPE': lltype.Ptr(TYPE), 'TYPENAME': TYPE.__name__,
             'EXC_INSTANCE_TYPE':
                 self.translator.rtyper.exceptiondata.lltype_of_exception_value}
        exec src in d
        fptr = self.annotate_finalizer(d['ll_deallocator'], [llmemory.Address],
                                       lltype.Void)
        self.static_deallocator_funcptrs[TYPE] = fptr
        for p in find_gc_ptrs_in_type(TYPE):
            self.static_deallocation_funcptr_for_type(p.TO)
        return fptr


class AtomicRefcountingGcPolicy(GclabRefcountingGcPolicy):
    """RPython's C policy for --gc=ref with the atomic transformer.  The policy
    itself writes no refcount code, so nothing else needs overriding."""

    def gettransformer(self, translator):
        return AtomicRefcountingGCTransformer(translator)


def install(config):
    """Make the C backend of this process use AtomicRefcountingGcPolicy for
    --gc=ref.  Called by gclab.gc.install.install_plan() after it set the gc.
    uninstall() (gclab.gc.refcount's) puts RPython's policy back."""
    install_policy(config, AtomicRefcountingGcPolicy, 'atomic-refcount')
