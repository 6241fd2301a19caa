"""Every change gclab makes to RPython 0.2.1, in one audited place.

RPython has no option for a project's own GC policy, transformer or GC subclass, so a
plan (gclab/gc/plans.py) is installed by changing RPython's tables and functions while
it translates.  All of it happens here: apply(plan, config) makes the changes as one
unit, undo() takes them back as one unit (tests translate several plans in one
process).  Nothing else in gclab assigns to an RPython module.

Three lists say what gclab depends on, each entry naming the RPython 0.2.1 object:

  PATCHES    what apply() replaces (a table entry, a function) and why;
  OVERRIDES  the RPython methods that gclab's subclasses override or copy (a GC's
             collection steps, the refcount transformer's helpers...): gclab's version
             calls, extends or replaces RPython's, so it silently depends on what
             RPython's does;
  INTERNALS  private RPython state that gclab reads or writes (config internals,
             rbigint's caches, dict internals...).

Each entry pins the SHA-1 of the RPython source it depends on (inspect.getsource).
tests/unit/test_rpython_patches.py recomputes them and fails, naming the entry and
its reason, when RPython's source differs -- so an RPython upgrade shows exactly what
to re-check -- and fails when a gclab class overrides an RPython method that is not
listed in OVERRIDES.  After re-checking, `tools/pypy -m gclab.gc.rpython_patches`
prints the new hashes.
"""

import hashlib
import inspect

RPYTHON_VERSION = '0.2.1'


class Entry(object):
    def __init__(self, target, why):
        self.target = target        # 'module:qualified.name' in RPython
        self.why = why

    @property
    def sha1(self):
        return PINNED.get(self.target)

    def resolve(self):
        return resolve(self.target)

    def source_sha1(self):
        return source_sha1(self.resolve())


def resolve(target):
    """'module:qualified.name', or 'module:' for a whole module's source."""
    module_name, _, qualname = target.partition(':')
    obj = __import__(module_name, None, None, ['__name__'])
    for part in filter(None, qualname.split('.')):
        obj = getattr(obj, part)
    return obj


def source_sha1(obj):
    if isinstance(obj, dict):       # a table: its keys and what they map to
        text = repr(sorted((k, getattr(v, '__name__', repr(v)))
                           for k, v in obj.items()))
    else:
        obj = getattr(obj, 'im_func', obj)
        text = inspect.getsource(obj)
    return hashlib.sha1(text.encode('utf-8')).hexdigest()


PATCHES = [
    Entry('rpython.translator.c.gc:name_to_gcpolicy',
          "The C backend takes its GC policy class from this table "
          "(genc.CBuilder.get_gcpolicyclass) and has no option for another one: apply() "
          "puts the plan's gc_policy in the entry of its --gc ('ref', 'boehm', "
          "'framework+shadowstack'); undo() puts RPython's classes back."),
    Entry('rpython.translator.c.genc:CBuilder.get_gcpolicyclass',
          'reads name_to_gcpolicy (the entry replaced above)'),
    Entry('rpython.memory.gc.env:estimate_best_nursery_size',
          "Replaced by tracing.counting.no_nursery_estimate for plans with "
          "fixed_nursery: RPython sizes incminimark's and minimark's nursery from "
          "/proc/cpuinfo's 'cache size', which is the L3 on Intel (the size on this "
          "project's VM: docs/measured-in-docstrings.md); -1 makes them use "
          "TRANSLATION_PARAMS['nursery_size']."),
    Entry('rpython.config.config:Config.__delattr__',
          "set_gc() forgets the -O level's default GC and gctransformer with `del` "
          "before choosing the plan's: the owner goes back to 'default'."),
    Entry('rpython.config.translationoption:set_opt_level',
          "makes the -O level's GC a 'user'-owned setting, which is why set_gc() must "
          "delete it first (see set_gc)"),
    Entry('rpython.config.translationoption:',
          "defines CACHE_DIR, the one build cache (rpython/_cache) of every "
          "translation; private_build_cache() gives each translation its own"),
    Entry('rpython.translator.goal.translate:',
          "removes CACHE_DIR when it is imported: a translation starting beside "
          "another one deleted the other's cache while it wrote to it (CI: IOError in "
          "gcc_cache.try_atomic_write); with private_build_cache() it removes its own"),
    Entry('rpython.rlib.rgil:',
          "Free-threaded plans (gclab/gc/nogil.py): allocate, release, acquire and "
          "yield_thread become no-ops before annotation (acquire keeps "
          "rthread.gc_thread_run()); rffi's releasing wrappers look them up on the "
          "module when their graphs are built, so the replacements reach every call"),
    Entry('rpython.rlib.rstack:stack_check',
          "Free-threaded plans: reads _stack_get_end and calls _stack_too_big_slowpath, "
          "module globals that nogil.py replaces with a per-thread stack base"),
    Entry('rpython.translator.exceptiontransform:ExceptionTransformer.setup_excdata',
          "Free-threaded plans: replaced by nogil.ThreadLocalExcData.setup_excdata, the "
          "same struct with the 'thread_local' hint"),
    Entry('rpython.translator.c.node:ContainerNode.is_thread_local',
          "emits __thread for a prebuilt struct with the 'thread_local' hint (what the "
          "free-threaded exception state relies on)"),
    Entry('rpython.rtyper.lltypesystem.lloperation:LL_OPERATIONS',
          "apply() adds gclab_empty_slot (elide.store_into_empty's mark of a store "
          "into an empty slot; the refcount transformer removes it) and undo() takes "
          "it out: RPython's passes look every operation up in this table"),
    Entry('rpython.tool.gcc_cache:cache_file_path',
          "reads translationoption.CACHE_DIR at every call, which is what lets "
          "private_build_cache() redirect it"),
]

OVERRIDES = []      # filled below, after the helpers
INTERNALS = []


def _override(target, why):
    OVERRIDES.append(Entry(target, why))


def _internal(target, why):
    INTERNALS.append(Entry(target, why))


# ---- the refcount transformer (gclab/gc/refcounting/refcount.py) ----------------------
_RC = 'rpython.memory.gctransform.refcounting:RefcountingGCTransformer.'
_override(_RC + '__init__', 'gclab rebinds the helpers it builds (setup_helpers)')
_override(_RC + 'static_deallocation_funcptr_for_type',
          'COPIED and modified: the deallocators decrement through rc_dec and free '
          'through the counting ll_free; rc_dec and ll_free are outside the try '
          '(inlining)')
_override(_RC + 'gct_fv_gc_malloc', 'extended: counts every allocation')
_override(_RC + 'gct_fv_gc_malloc_varsize', 'extended: counts every allocation')
_override('rpython.memory.gctransform.transform:GCTransformer.transform_graph',
          'extended: remembers the graph for error messages; then runs elide.py pass 2 '
          '(IncrementSinker) on the graph it transformed, using the is_borrowed it '
          'returns')
_override('rpython.memory.gctransform.transform:GCTransformer.transform_block',
          'COPIED with one step added: elide.py pass 1 (borrow_forever) after the '
          "block's operations are transformed, before its exits are")
_override('rpython.memory.gctransform.transform:GCTransformer.transform_generic_set',
          "extended: marks the increment of a stored value as the heap's reference "
          '(elide.py must not treat it as a variable\'s)')
_override('rpython.memory.gctransform.transform:GCTransformer.compute_borrowed_vars',
          'extended: adds the input variables that elide.forever_inputargs finds '
          '(borrowed like the arguments)')
_override(_RC + 'push_alive', 'extended: records the increments made by '
                              'transform_generic_set')
_override('rpython.memory.gctransform.transform:GCTransformer.default',
          'gct_cast_opaque_ptr and friends check, then call default()')
_override('rpython.translator.c.gc:RefcountingRuntimeTypeInfo_OpaqueNode.__init__',
          "replaced: asks the transformer for the deallocator instead of a "
          "StructDefNode that may not be set up yet")
_override('rpython.translator.c.gc:RefcountingGcPolicy.gettransformer',
          "returns gclab's transformer")
_override('rpython.translator.c.gc:RefcountingGcPolicy.rtti_node_factory',
          "returns gclab's RuntimeTypeInfo node")
_override('rpython.memory.gctransform.refcounting:RefcountingGCTransformer.'
          'consider_constant',
          "immortal plans: prebuilt headers get IMMORTAL_REFCOUNT instead of "
          "RPython's sys.maxint // 2")
_internal('rpython.memory.gctransform.support:_static_deallocator_body_for_type',
          'private helper that the copied static_deallocation_funcptr_for_type uses')
_internal('rpython.memory.gctransform.refcounting:RefcountingGCTransformer',
          "the helpers gclab replaces (increfptr, decref_ptr, decref_simple_ptr, "
          "no_pointer_dealloc_ptr; malloc_fixedsize_ptr, malloc_varsize_no_length_ptr "
          "and malloc_varsize_ptr on the plans with pool.py) are attributes its "
          "methods read")
_internal('rpython.memory.gctransform.transform:mallocHelpers',
          "setup_pool_malloc rebuilds the refcount transformer's malloc helpers on "
          "mallocHelpers() with pool.py's allocate, as RPython's __init__ does with "
          "raw_malloc")

# ---- the counting tracing GCs (gclab/gc/tracing/counting.py) --------------------------
_IMM = 'rpython.memory.gc.incminimark:IncrementalMiniMarkGC.'
for _name in ['__init__', 'setup', '_minor_collection', 'major_collection_step',
              'collect', 'minor_collection_with_major_progress', 'collect_and_reserve',
              'external_malloc']:
    _override(_IMM + _name, 'incminimark: counted as a collection step or an entry '
                            'point of a pause (tracing/counting.py)')
_MM = 'rpython.memory.gc.minimark:MiniMarkGC.'
for _name in ['__init__', 'setup', 'minor_collection', 'major_collection', 'collect',
              'collect_and_reserve', 'external_malloc']:
    _override(_MM + _name, 'minimark: counted as a collection step or an entry point '
                           'of a pause')
for _cls, _names in [
        ('rpython.memory.gc.semispace:SemiSpaceGC.',
         ['__init__', 'semispace_collect', 'collect', 'try_obtain_free_space']),
        ('rpython.memory.gc.generation:GenerationGC.',
         ['__init__', 'semispace_collect', 'collect', 'try_obtain_free_space', 'setup',
          'collect_oldrefs_to_nursery', 'collect_nursery']),
        ('rpython.memory.gc.hybrid:HybridGC.',
         ['__init__', 'semispace_collect', 'collect', 'try_obtain_free_space', 'setup',
          'collect_oldrefs_to_nursery', 'collect_nursery',
          'malloc_varsize_collecting_nursery'])]:
    for _name in _names:
        _override(_cls + _name, 'semispace family: counted as a collection step or an '
                                'entry point of a pause')
_override('rpython.memory.gctransform.framework:BaseFrameworkGCTransformer.__init__',
          'takes GCClass and GC_PARAMS from the transformer when it has them (the hook '
          "RPython's own tests use): gclab's counting GC subclass")
_override('rpython.translator.c.gc:ShadowStackFrameworkGcPolicy.gettransformer',
          "returns the transformer with gclab's counting GC class")
_override('rpython.translator.c.gc:BoehmGcPolicy.compilation_info',
          'extended: adds the collection-event callback')
_override('rpython.translator.c.gc:BoehmGcPolicy.gc_startup_code',
          'extended: registers the collection-event callback')
_internal('rpython.memory.gc.incminimark:IncrementalMiniMarkGC.major_collection_step',
          "reads gc_state / STATE_SCANNING to tell a cycle's last step")
_internal('rpython.memory.gctransform.shadowstack:ShadowStackRootWalker.__init__',
          "the transformer's root_stack_depth (the hook RPython's own tests use) sets "
          "the size of each thread's shadow stack: gclab's matches its C stack limit")

# ---- list.sort (gclab/objspace): RPython's TimSort, made to be subclassed ---------------
_override('rpython.rlib.listsort:TimSort.__init__',
          "list.sort's TimSort subclasses (items, or keys with their items)")
_override('rpython.rlib.listsort:TimSort.lt',
          "list.sort compares with the guest's __lt__ (may raise an OperationError)")

# ---- the free-threaded refcount plans (gclab/gc/refcounting/deferred.py) ---------------
_override('rpython.rtyper.extregistry:ExtRegistryEntry.compute_result_annotation',
          "GcAddressEntry (gc_address): an RPython list's GC address, for making a code "
          "object's arrays immortal; StructSizeEntry and StorageSizeEntry (gclab/gc/"
          "sizes.py): sys.getsizeof's C sizeof expressions; the base only declares the "
          "method")

# ---- the interpreter's start-up and exit (gclab/interp/accounting.py) -----------------
_internal('rpython.rlib.rbigint:_PartsCache',
          "release_program_state empties rbigint's cache of powers used to format "
          'big ints (parts_cache)')
_internal('rpython.rtyper.lltypesystem.rordereddict:ll_ensure_indexes',
          "a prebuilt dict gets its index at its first lookup: main.py looks every "
          "prebuilt dict up once at start-up (index_prebuilt_dicts)")


# ---- applying and undoing --------------------------------------------------------------

class PlanConflict(Exception):
    pass


def _policy_slot(config):
    tr = config.translation
    if tr.gctransformer == 'framework':
        return 'framework+%s' % tr.gcrootfinder
    return tr.gctransformer


_saved = {}


def set_gc(config, plan):
    """Set config.translation.gc to the plan's.  By the time the target runs,
    translate.py's set_opt_level() has made the -O level's default GC (incminimark for
    -O2) a 'user'-owned setting, so a plain set(gc=...) would be refused even when
    nobody asked for that GC.  The two cases are told apart by the option's owner:
    `--gc=X` on the command line (owner 'cmdline') must be the plan's, otherwise the
    default is forgotten (with what it required, the gctransformer) and replaced."""
    from rpython.config.config import ConflictConfigError
    tr = config.translation
    if tr.gc == plan.rpython_gc:
        return
    if tr._cfgimpl_value_owners['gc'] == 'cmdline':
        raise PlanConflict(
            "--gc=%s conflicts with --mm %s, which translates with --gc=%s; "
            "drop --gc (the plan chooses it) or pass --gc=%s"
            % (tr.gc, plan.name, plan.rpython_gc, plan.rpython_gc))
    del tr.gc
    del tr.gctransformer
    try:
        tr.set(gc=plan.rpython_gc)
    except ConflictConfigError as e:
        raise PlanConflict('--mm %s needs --gc=%s, which conflicts with another '
                           'option given: %s' % (plan.name, plan.rpython_gc, e))


def policy_class(plan):
    if plan.gc_policy is None:
        return None
    module_name, _, class_name = plan.gc_policy.partition(':')
    module = __import__(module_name, None, None, [class_name])
    return getattr(module, class_name)


def apply(plan, config):
    """Install the plan into RPython for this process: the config's GC, the plan's GC
    policy in the C backend's table, the fixed nursery.  undo() takes it all back."""
    from rpython.memory.gc import env as gc_env
    from rpython.translator.c import gc as c_gc
    if not plan.works():
        raise PlanConflict('plan %s cannot translate: %s' % (plan.name, plan.status))
    from gclab.gc.refcounting.elide import EMPTY_SLOT_OP
    set_gc(config, plan)
    undo()
    _add_operation(EMPTY_SLOT_OP)
    policy = policy_class(plan)
    if policy is not None:
        slot = _policy_slot(config)
        if not issubclass(policy, c_gc.name_to_gcpolicy[slot]):
            raise PlanConflict('plan %s: its gc_policy %s is not a %s, the policy of '
                               '--gc=%s' % (plan.name, plan.gc_policy,
                                            c_gc.name_to_gcpolicy[slot].__name__,
                                            plan.rpython_gc))
        _saved[('name_to_gcpolicy', slot)] = c_gc.name_to_gcpolicy[slot]
        c_gc.name_to_gcpolicy[slot] = policy
    if plan.allocator == 'poisoned':
        # the poisoned allocator: gclab's own module flag, read by the refcount
        # transformer when the policy builds it (refcounting/refcount.py)
        from gclab.gc.refcounting import refcount
        _saved['poison_freed'] = refcount.POISON_FREED
        refcount.POISON_FREED = True
    if plan.free_threaded():
        from gclab.gc import nogil
        nogil.configure(plan)
        _saved['nogil'] = True
        more = []
        if nogil.REFCOUNT:
            from gclab.gc.refcounting import deferred
            deferred.configure(plan)
            _saved['deferred'] = True
            more = deferred.replacements()
        for owner, name, new in nogil.replacements() + more:
            if ('attr', owner, name) not in _saved:
                _saved[('attr', owner, name)] = owner.__dict__[name]
            setattr(owner, name, new)
    if plan.fixed_nursery:
        from gclab.gc.tracing.counting import no_nursery_estimate
        _saved['estimate_best_nursery_size'] = gc_env.estimate_best_nursery_size
        gc_env.estimate_best_nursery_size = no_nursery_estimate


def _add_operation(opname):
    """A gclab operation in RPython's table (and on llop), no side effect assumed
    away: it may not be removed or moved by RPython's passes."""
    from rpython.rtyper.lltypesystem import lloperation
    desc = lloperation.LLOp()
    desc.opname = opname
    lloperation.LL_OPERATIONS[opname] = desc
    setattr(lloperation.llop, opname, desc)
    _saved[('operation', opname)] = None


def undo():
    """Put back everything apply() replaced."""
    from rpython.memory.gc import env as gc_env
    from rpython.translator.c import gc as c_gc
    for key, value in list(_saved.items()):
        if key[0] == 'operation':
            from rpython.rtyper.lltypesystem import lloperation
            del lloperation.LL_OPERATIONS[key[1]]
            delattr(lloperation.llop, key[1])
        elif key == 'estimate_best_nursery_size':
            gc_env.estimate_best_nursery_size = value
        elif key == 'nogil':
            from gclab.gc import nogil
            nogil.reset()
        elif key == 'deferred':
            from gclab.gc.refcounting import deferred
            deferred.reset()
        elif key[0] == 'attr':
            setattr(key[1], key[2], value)
        elif key == 'poison_freed':
            from gclab.gc.refcounting import refcount
            refcount.POISON_FREED = value
        else:
            c_gc.name_to_gcpolicy[key[1]] = value
        del _saved[key]


def private_build_cache(cache_dir):
    """Point RPython's build cache (rpython/_cache: the results of the C checks that
    rffi_platform compiles and runs) at cache_dir, for this process.  Call it before
    rpython.translator.goal.translate is imported, which removes the cache it names:
    two translations at once (make -j2 translate-all) each get their own directory.
    A process-wide setting of the build, not undone."""
    import os
    from rpython.config import translationoption
    if 'rpython.translator.goal.translate' in __import__('sys').modules:
        raise PlanConflict('private_build_cache() after translate.py was imported: '
                           'it has already removed the shared cache')
    translationoption.CACHE_DIR = os.path.realpath(cache_dir)


def current_hashes():
    return [(e, e.source_sha1()) for e in PATCHES + OVERRIDES + INTERNALS]


def pinned_table():
    """The PINNED table for the RPython in use, as Python source."""
    lines = ['PINNED = {']
    done = set()
    for entry, sha1 in current_hashes():
        if entry.target not in done:
            done.add(entry.target)
            lines.append("    '%s':" % entry.target)
            lines.append("        '%s'," % sha1)
    lines.append('}')
    return '\n'.join(lines)


# ---- the RPython 0.2.1 sources gclab was checked against (SHA-1 of inspect.getsource;
# regenerate with `tools/pypy -m gclab.gc.rpython_patches` after re-checking each) ----
PINNED = {
    'rpython.rtyper.extregistry:ExtRegistryEntry.compute_result_annotation':
        'aa004d35b1e08f0c83ebecee6fbdf013fe062e60',
    'rpython.translator.c.gc:name_to_gcpolicy':
        '47178a1ee562c18aed45ec8e7576e3239b16bbaf',
    'rpython.translator.c.genc:CBuilder.get_gcpolicyclass':
        'b4b345d51386efe09ceab53446626d6aa80a862f',
    'rpython.memory.gc.env:estimate_best_nursery_size':
        '98965958f6aca1b108c5bb0ab0266d40d4d21a37',
    'rpython.config.config:Config.__delattr__':
        '3f7e27c31eaf9119ffbdb979e6dc5893693e4c34',
    'rpython.config.translationoption:set_opt_level':
        '0cff21c74d501bab357c7b85f187ee2db55f7b6c',
    'rpython.config.translationoption:':
        '79cfaa987d6977a4a51049c1633b0a0368c18a32',
    'rpython.translator.goal.translate:':
        '7e7988a42622af24cb22056c510fab20063cbeef',
    'rpython.rlib.rgil:':
        '95c05b288ca9b2900f76fcda26b8d8570b578da9',
    'rpython.rlib.rstack:stack_check':
        '9a10bc5f984afaf2a9fb868dbd1883c9d62807ae',
    'rpython.translator.exceptiontransform:ExceptionTransformer.setup_excdata':
        '35242e444feb0fa66dfbf93d9a78a76115707c59',
    'rpython.translator.c.node:ContainerNode.is_thread_local':
        '3c84598abe5265a58eae10e40900fe3641f4befc',
    'rpython.rtyper.lltypesystem.lloperation:LL_OPERATIONS':
        '8e4212765d0c06626ea697006ac117a11249fe05',
    'rpython.memory.gctransform.transform:GCTransformer.compute_borrowed_vars':
        '422a25720669c4e12f7e0c41666e4fda301c9614',
    'rpython.memory.gctransform.transform:mallocHelpers':
        'ef3c82578857d2fee012dd0b85f7c47e7d462c50',
    'rpython.tool.gcc_cache:cache_file_path':
        'b3e281c80059a2a7c0dd430febd627581b38d16a',
    'rpython.memory.gctransform.refcounting:RefcountingGCTransformer.__init__':
        'cec3f0f85d8f9ab8eee74b40b07f3761d717c873',
    'rpython.memory.gctransform.refcounting:RefcountingGCTransformer.static_deallocation_funcptr_for_type':
        'efa3d55ca20eae8be0978bb0fc5767a1a5297925',
    'rpython.memory.gctransform.refcounting:RefcountingGCTransformer.gct_fv_gc_malloc':
        'ad49fa93499b4b032f63ed338611fc0ee478d285',
    'rpython.memory.gctransform.refcounting:RefcountingGCTransformer.gct_fv_gc_malloc_varsize':
        '984a34094e3994e731458a392870a0e6819ae43f',
    'rpython.memory.gctransform.transform:GCTransformer.transform_graph':
        'aa1fbb1bab27fac97a747bc9b942d4b23b26965e',
    'rpython.memory.gctransform.transform:GCTransformer.transform_block':
        'c30709d1d8f34d9530385065199d7c8ce4a4b8c4',
    'rpython.memory.gctransform.transform:GCTransformer.transform_generic_set':
        '6facf91b0e1d1689201204c96013ab6bb6dd9701',
    'rpython.memory.gctransform.refcounting:RefcountingGCTransformer.push_alive':
        'decef5bb4f21fa6d10bec95d1e3aca1f49ccce45',
    'rpython.memory.gctransform.transform:GCTransformer.default':
        '3ca3d65ca828861c4f71e0a0395d7a28f01e6489',
    'rpython.translator.c.gc:RefcountingRuntimeTypeInfo_OpaqueNode.__init__':
        '97d2fc8eba4ea768dc23242c4d0cc2a61a6c1526',
    'rpython.translator.c.gc:RefcountingGcPolicy.gettransformer':
        'a85f19dc5e0532b1bb2702036faeeea56b3f52d4',
    'rpython.translator.c.gc:RefcountingGcPolicy.rtti_node_factory':
        '9c10a3f4ccb04b253fe30d6f9acadd27da525053',
    'rpython.memory.gctransform.refcounting:RefcountingGCTransformer.consider_constant':
        '043daf27648ea5a87ab64d46f36c77814374241a',
    'rpython.memory.gc.incminimark:IncrementalMiniMarkGC.__init__':
        '24e68f047e4b24342510997eb0f6e0e56ac82aff',
    'rpython.memory.gc.incminimark:IncrementalMiniMarkGC.setup':
        'bfefeb578a94eb10777358605e368d8b128cfe99',
    'rpython.memory.gc.incminimark:IncrementalMiniMarkGC._minor_collection':
        'c112ee55f2740fc69ac5130bd47b1d7166e7d855',
    'rpython.memory.gc.incminimark:IncrementalMiniMarkGC.major_collection_step':
        '516e7f3245a6395eb17ced7f901d499313f53dc7',
    'rpython.memory.gc.incminimark:IncrementalMiniMarkGC.collect':
        '85b32cb3b14f151a1b09363505332e3fd286022d',
    'rpython.memory.gc.incminimark:IncrementalMiniMarkGC.minor_collection_with_major_progress':
        '3e500fba70881ff2065898ff5e126c49ef297889',
    'rpython.memory.gc.incminimark:IncrementalMiniMarkGC.collect_and_reserve':
        'eeaf413793cf4221a82dd0bd5504bc24c780a561',
    'rpython.memory.gc.incminimark:IncrementalMiniMarkGC.external_malloc':
        '22f6d465d350a1c7716cc80afcac6f0c0409b0c4',
    'rpython.memory.gc.minimark:MiniMarkGC.__init__':
        '0a4001a34906e4fff6aaf1cdf2c53f66887d1f35',
    'rpython.memory.gc.minimark:MiniMarkGC.setup':
        'def4596c7aee43b6207fe197d8a6a7bae6077586',
    'rpython.memory.gc.minimark:MiniMarkGC.minor_collection':
        'bac88a4ae5a01284b94986cfbfe59069556e8fe1',
    'rpython.memory.gc.minimark:MiniMarkGC.major_collection':
        '0fbb427c17e9d2ef75138e9fc476649fb7eb7a50',
    'rpython.memory.gc.minimark:MiniMarkGC.collect':
        '0904a8a9e8650654600160b455d23e768965144e',
    'rpython.memory.gc.minimark:MiniMarkGC.collect_and_reserve':
        '1784f94847e241590337a2bd53260272e28586ce',
    'rpython.memory.gc.minimark:MiniMarkGC.external_malloc':
        '8aab3d91c5574005ff3696f9e784e123ca7e3fc0',
    'rpython.memory.gc.semispace:SemiSpaceGC.__init__':
        'd67431131bafdcaffbbd8f556eeae0bac8fa02f1',
    'rpython.memory.gc.semispace:SemiSpaceGC.semispace_collect':
        '1559d423aa9051fd632e3fab45be849ad586a899',
    'rpython.memory.gc.semispace:SemiSpaceGC.collect':
        '1a7db2af8be982ca7ee671e0b1818462df0e789e',
    'rpython.memory.gc.semispace:SemiSpaceGC.try_obtain_free_space':
        'c0d9d4f257ad33c0190cc643212c6ae3ae5c4bc9',
    'rpython.memory.gc.generation:GenerationGC.__init__':
        '3c4ad582f8a9a090d8b4693c1f6c5992ea66eb84',
    'rpython.memory.gc.generation:GenerationGC.semispace_collect':
        '32d294165aeaac39cfdaab3318f9fbcf8de78d9b',
    'rpython.memory.gc.generation:GenerationGC.collect':
        '8a5578df3d1b0171034dfc2b61bf173d616f0d76',
    'rpython.memory.gc.generation:GenerationGC.try_obtain_free_space':
        'c0d9d4f257ad33c0190cc643212c6ae3ae5c4bc9',
    'rpython.memory.gc.generation:GenerationGC.setup':
        '2303984d3f18ffe01548b02c4536d75aa039a0e0',
    'rpython.memory.gc.generation:GenerationGC.collect_oldrefs_to_nursery':
        'e37a61169b2fde0b8f413577faefece1c91d822b',
    'rpython.memory.gc.generation:GenerationGC.collect_nursery':
        '5fccbead8150f11c2ba53ce56456694db7427d10',
    'rpython.memory.gc.hybrid:HybridGC.__init__':
        'a682caa2585d5812cf67f51067e1922f168cf999',
    'rpython.memory.gc.hybrid:HybridGC.semispace_collect':
        '32d294165aeaac39cfdaab3318f9fbcf8de78d9b',
    'rpython.memory.gc.hybrid:HybridGC.collect':
        '7c19f24ca54c60a5f606e177b2c9541a8560daa5',
    'rpython.memory.gc.hybrid:HybridGC.try_obtain_free_space':
        'c0d9d4f257ad33c0190cc643212c6ae3ae5c4bc9',
    'rpython.memory.gc.hybrid:HybridGC.setup':
        'b3124f46ded6311b3d2f20ad2861dff1f7511575',
    'rpython.memory.gc.hybrid:HybridGC.collect_oldrefs_to_nursery':
        'e37a61169b2fde0b8f413577faefece1c91d822b',
    'rpython.memory.gc.hybrid:HybridGC.collect_nursery':
        '5fccbead8150f11c2ba53ce56456694db7427d10',
    'rpython.memory.gc.hybrid:HybridGC.malloc_varsize_collecting_nursery':
        '46ef3ef727b2bbbbb53282ec5edf26ed86a7d372',
    'rpython.memory.gctransform.framework:BaseFrameworkGCTransformer.__init__':
        '3b7c8d2fc462f6a40070ea60d8906d2262cb4278',
    'rpython.translator.c.gc:ShadowStackFrameworkGcPolicy.gettransformer':
        'b1c581271566b5551ee3fdb029aecf7e6e08fe66',
    'rpython.translator.c.gc:BoehmGcPolicy.compilation_info':
        'ed1612be2babb995012175f227d0acec105a0c55',
    'rpython.translator.c.gc:BoehmGcPolicy.gc_startup_code':
        'ae8f9648f5bd093a884e3c20daa3ca6b2f160ec4',
    'rpython.rlib.listsort:TimSort.__init__':
        '7f4cabf5e27a94a8ef4dbef1641ae8a0d8912696',
    'rpython.rlib.listsort:TimSort.lt':
        'c38657d4f54e04d26832e3096b09b6fe773c7bb9',
    'rpython.memory.gctransform.support:_static_deallocator_body_for_type':
        '5d3998b67132bf77018dbea30939d717bee2a9ed',
    'rpython.memory.gctransform.refcounting:RefcountingGCTransformer':
        '00db56e8067ac9e092bab8f3fc1ec90a75e664b5',
    'rpython.memory.gctransform.shadowstack:ShadowStackRootWalker.__init__':
        'f71b1638a98719adf4539f0ff5129a75ec2dea4d',
    'rpython.rlib.rbigint:_PartsCache':
        '8ef6462c01c90d1c31080a51fc711e61a157460d',
    'rpython.rtyper.lltypesystem.rordereddict:ll_ensure_indexes':
        'a47edd08b25557009a88e1f557cc1ea47a0fa776',
}


if __name__ == '__main__':
    for entry, sha1 in current_hashes():
        print('%s %s' % ('ok     ' if sha1 == entry.sha1 else 'CHANGED', entry.target))
    print('')
    print(pinned_table())
