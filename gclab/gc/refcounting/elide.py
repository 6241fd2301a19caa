"""Fewer reference-count updates (issue 14, "Fewer updates"): two passes over what
RPython's refcount transformer makes of a function.

RPython's transformer (memory/gctransform/transform.py, transform_block) makes every GC
pointer that an operation produces an *owned* variable: an increment right after the
operation (push_alive) and a decrement when the block ends or on the links that do not
pass it on (pop_alive); a store increments the stored value and decrements the old one.
A field read only compared costs a pair; so does every cast, every re-read.

What makes removing an update safe: in gclab's refcounting an object is freed only
inside a call -- the decrement helpers (ll_decref, ll_decref_simple) and every other
function, which may drop references.  Everything else a block does (reads, stores --
the old value's decrement is a separate call --, casts, arithmetic, the increment
helper) frees nothing (may_free below; every GC operation left for the C backend counts
as a call, to be safe).

Pass 1, borrow_forever (per block, inside transform_block): a temporary made by a cast
of, or a read of an *immutable* field (RPython's `_immutable_fields_` / `immutable`
hints) of, an object that outlives the function -- a prebuilt constant, an argument of
the function (the caller holds it: RPython's is_borrowed), or such a temporary -- cannot
die before the function returns.  It gets neither increment nor decrement; a link that
passes it into an owned variable of the next block increments it there (RPython's exit
code already does so for borrowed variables).  This relies on `_immutable_fields_`
being honoured: gclab's classes assign those fields only while constructing the object.
Across blocks (forever_inputargs, before the transformer runs): an input variable of a
block that receives such an object on every way in holds one too, and is treated as
borrowed (a value read before a branch or a loop would otherwise be incremented on the
way in and released in every block it reaches).

Pass 2, IncrementSinker (per function, once RPython's transformer is done): each
increment moves forward, as late as it may, and disappears together with the first
decrement of the same object it meets.  While an increment is pending the object's
count is one lower than the references to it, so it must not meet anything that could
bring the count to 0:
  * past an operation that cannot free, it always moves;
  * past one that can (a call, a decrement of another object), only if the object is
    *protected* there, and only if the pending increment makes a *variable's*
    reference, which only this function's own decrement of that variable (the one
    it would cancel with) releases: the object is a constant, an argument, a pass-1
    temporary, or some variable of the function owns a reference to it (an increment
    making a variable's reference is in place earlier in the block with no decrement
    of the object after it, or an owned input variable of the block holds it, and no
    decrement of it has been cancelled in this block).  An increment that makes a
    *store's* reference moves past such an operation only for a constant: the heap's
    reference can be dropped inside any call -- by the object that holds it dying,
    for one (gclab's exec() stored an argument into a frame and freed the frame: the
    argument was freed while its caller still held it; tests/unit/test_rc_elide.py
    keeps that case);
  * otherwise it is put back right before that operation.
"The same object" is the block's variables joined by casts (cast_pointer, same_as,
cast_opaque_ptr, cast_ptr_to_adr), and across a link the variable it becomes.  At the
end of a block an increment moves into every next block if each link carries the object
into a block that has no other way in; otherwise it is put at the end of the block.
Every path keeps the same net count, and no count reaches 0 early.

Stores into empty slots (store_into_empty below): a store reads the slot's old value
and decrements it after storing -- a call that could free anything, so no increment may
move past it.  Where the interpreter knows the slot is empty (a value-stack push: every
pop clears its slot; the locals of a frame just made), it says so with
store_into_empty(lst, index, w_value): on the refcount plans the store then increments
the new value and stores, nothing else, and a value popped from one slot and stored into
an empty one moves without an update (a value pushed from a local costs one increment,
as in CPython).  The poisoned builds check the slot instead of trusting the
interpreter: an object found there aborts the program.  The fields of an object being
constructed are such slots too: an `__init__` decorated with fresh_init (only ever run
on an object just allocated, whose GC fields RPython's malloc sets to NULL) stores into
each field of self the first time as into an empty slot (fresh_init_stores finds those
stores; a field stored twice in the function, or in a loop, keeps the ordinary store).
Fields left None by a constructor are class-level defaults instead of stores (Frame).

What it gives and what is left: the closing note of issue 14 and docs/measuring.md
("Counting the reference-count updates").  tests/unit/test_rc_elide.py shows on
translated programs what is and is not removed; the corpus and the exact leak checks run
on every refcount plan; the poisoned builds (<plan>-poisoned: refcount.py, POISON_FREED)
turn a use after free into an abort and run the corpus too.
"""

from rpython.flowspace.model import Constant, Variable, SpaceOperation, mkentrymap
from rpython.rtyper.lltypesystem import lltype, llmemory
from rpython.translator.backendopt.support import var_needsgc

from rpython.rtyper.extregistry import ExtRegistryEntry

from gclab.gc import nogil

# the operation that marks a store into an empty slot (registered in RPython's table of
# operations by gclab/gc/rpython_patches.py; only the refcount transformer sees it)
EMPTY_SLOT_OP = 'gclab_empty_slot'


def store_into_empty(lst, index, w_value):
    """lst[index] = w_value, where lst[index] is known to be None (an RPython list that
    never changes size; index within it and not negative).  On the refcount plans the
    store makes no update for the old value (see "Stores into empty slots" above)."""
    assert lst[index] is None
    lst[index] = w_value


class StoreIntoEmptyEntry(ExtRegistryEntry):
    _about_ = store_into_empty

    def compute_result_annotation(self, s_lst, s_index, s_value):
        from rpython.annotator import model as annmodel
        assert isinstance(s_lst, annmodel.SomeList), s_lst
        s_lst.listdef.mutate()
        s_lst.listdef.generalize(s_value)
        return annmodel.s_None

    def specialize_call(self, hop):
        from rpython.rtyper.lltypesystem.rlist import FixedSizeListRepr
        r_lst = hop.args_r[0]
        if not isinstance(r_lst, FixedSizeListRepr):
            raise TypeError('store_into_empty() needs a list that never changes '
                            'size, not %r' % (r_lst,))
        v_lst, v_index, v_value = hop.inputargs(r_lst, lltype.Signed, r_lst.item_repr)
        hop.exception_cannot_occur()
        config = hop.rtyper.annotator.translator.config
        if config.translation.gctransformer == 'ref':
            hop.genop(EMPTY_SLOT_OP, [v_lst, v_index])
        hop.genop('setarrayitem', [v_lst, v_index, v_value])
        return hop.inputconst(lltype.Void, None)


def marked_store(block, i):
    """The store that the EMPTY_SLOT_OP at block.operations[i] marks: the next
    operation, which must store into the same array at the same index."""
    mark = block.operations[i]
    ops = block.operations
    if (i + 1 < len(ops) and ops[i + 1].opname == 'setarrayitem'
            and ops[i + 1].args[0] is mark.args[0] and ops[i + 1].args[1] == mark.args[1]):
        return ops[i + 1]
    raise ValueError('%s %r is not followed by its store in %r'
                     % (EMPTY_SLOT_OP, mark.args, block))

def fresh_init(func):
    """Decorator of an __init__ that only ever runs on an object just allocated (RPython
    calls a class's __init__ right after its malloc, which sets every GC field to
    NULL), and that no subclass's __init__ calls after storing fields of its own.  On
    the refcount plans its first store into each field of self is then a store into an
    empty slot (store_into_empty above): the new value's increment and the store, no
    read and release of an old value.  fresh_init_stores says which stores those are;
    the poisoned builds check each slot instead of trusting the decorator."""
    func._gclab_fresh_init_ = True
    return func


def fresh_init_stores(graph):
    """The stores of a @fresh_init graph into an empty field of self: each setfield
    of a GC pointer into self (its first argument, or a cast of it, or a block input
    that receives self on every way in) whose field no other operation of the graph
    stores into, and whose block is not in a loop (it runs at most once)."""
    func = getattr(graph, 'func', None)
    if not getattr(func, '_gclab_fresh_init_', False):
        return []
    entries = mkentrymap(graph)
    self_arg = graph.startblock.inputargs[0]
    # a greatest fixpoint (as forever_inputargs): every block input starts as self,
    # and loses it when some way in passes it something else (a loop passes self
    # around as itself)
    inputs = set(v for block in entries if block is not graph.startblock
                 for v in block.inputargs)
    changed = True
    while changed:
        changed = False
        selves = set([self_arg]) | inputs
        for block in graph.iterblocks():
            for op in block.operations:
                if op.opname in ALIASES and op.args[0] in selves:
                    selves.add(op.result)
        for block, links in entries.items():
            if block is graph.startblock:
                continue
            for i, v in enumerate(block.inputargs):
                if v in inputs and not all(link.args[i] in selves for link in links):
                    inputs.discard(v)
                    changed = True
    stores = {}                 # field name -> [(block, op)]
    for block in graph.iterblocks():
        for op in block.operations:
            if op.opname == 'setfield' and op.args[0] in selves:
                stores.setdefault(op.args[1].value, []).append((block, op))
    found = []
    for name, where in stores.items():
        if len(where) == 1:
            block, op = where[0]
            if var_needsgc(op.args[2]) and not in_a_loop(block):
                found.append(op)
    return found


def in_a_loop(start):
    """Whether the block can be reached again from itself."""
    seen = set()
    todo = [link.target for link in start.exits]
    while todo:
        block = todo.pop()
        if block is start:
            return True
        if block not in seen:
            seen.add(block)
            todo.extend(link.target for link in block.exits)
    return False


# operations whose GC-pointer result is an object some other reference already holds
BORROWABLE = frozenset(['getfield', 'getarrayitem', 'getinteriorfield', 'cast_pointer',
                        'cast_opaque_ptr', 'same_as'])
ALIASES = frozenset(['cast_pointer', 'cast_opaque_ptr', 'same_as'])


def immutable_read(op, immutable_items=()):
    """True if op reads a field declared immutable, or an item of an array that is
    (an immutable array type, or read from a field declared `name[*]`)."""
    if op.opname == 'getfield':
        return bool(op.args[0].concretetype.TO._immutable_field(op.args[1].value))
    if op.opname == 'getarrayitem':
        return (op.args[0] in immutable_items or
                bool(op.args[0].concretetype.TO._immutable_field()))
    return False


def items_immutable(op):
    """True if op reads a field declared `name[*]`: an array whose items never
    change either."""
    if op.opname != 'getfield':
        return False
    rank = op.args[0].concretetype.TO._immutable_field(op.args[1].value)
    return getattr(rank, 'name', None) == 'immutable_array'


# C functions that free nothing and call nothing that could: the memory fences of the
# free-threaded builds (gclab/gc/nogil.py), so that a fence between a load and a use
# does not keep an increment/decrement pair alive
FENCES = frozenset(['gclab_publish', 'gclab_subscribe'])


def may_free(op, harmless_calls):
    """Can this operation free an object?  Calls can (the decrement helpers, and
    every function, which may drop references), except the harmless ones and the
    fences; so can, to be safe, any GC operation the transformer left for the C
    backend."""
    if op.opname == 'direct_call':
        if op.args[0] in harmless_calls:
            return False
        target = getattr(op.args[0].value, '_obj', None)
        return getattr(target, '_name', None) not in FENCES
    return op.opname == 'indirect_call' or op.opname.startswith('gc_')


def forever_inputargs(graph, is_borrowed):
    """The input variables of the blocks of graph (before the transformer runs) that
    hold, on every way in, an object that outlives the function: a constant, an
    argument, a cast of one, a read of an immutable field (or item of a `name[*]`
    field) of one, or such an input variable (a fixpoint: a loop passing one around
    keeps it).  The transformer treats them as borrowed: no link increments them and
    no block releases them (pass 1 does the same for the temporaries inside a
    block, which is why a value read before a branch cost a pair after it)."""
    entries = mkentrymap(graph)
    special = (graph.startblock, graph.returnblock, graph.exceptblock)
    forever = set(v for block in entries if block not in special
                  for v in block.inputargs if var_needsgc(v) and not is_borrowed(v))
    changed = True
    while changed:
        changed = False
        made = set()            # operation results, given the current `forever`

        def outlives(v):
            return (isinstance(v, Constant) or is_borrowed(v) or v in forever
                    or v in made)
        for block in graph.iterblocks():
            immutable_items = set()
            for op in block.operations:
                if (op.opname in BORROWABLE and var_needsgc(op.result)
                        and outlives(op.args[0])
                        and (op.opname in ALIASES or immutable_read(op, immutable_items))):
                    made.add(op.result)
                    if items_immutable(op):
                        immutable_items.add(op.result)
        for block, links in entries.items():
            for i, v in enumerate(block.inputargs):
                if v in forever and not all(outlives(link.args[i]) for link in links):
                    forever.discard(v)
                    changed = True
    return forever


def borrow_forever(llops, candidates_owned, is_borrowed, increfptr):
    """Pass 1, per block, while RPython's transform_block runs: the temporaries that
    cannot die before the function returns (a cast of, or a read of an immutable
    field of, a constant, an argument or such a temporary) lose the increment the
    transformer put right after the operation that made them; returns them, and the
    caller removes them from the live variables so that no decrement is made for
    them (a link that passes one into an owned variable increments it there)."""
    owned = set(candidates_owned)
    forever = set()

    def lives_forever(w):
        return isinstance(w, Constant) or is_borrowed(w) or w in forever

    immutable_items = set()     # forever arrays read from a `name[*]` field
    skip = set()
    for i in range(len(llops) - 2):
        op, cast, call = llops[i], llops[i + 1], llops[i + 2]
        v = op.result
        if (op.opname in BORROWABLE and v in owned and var_needsgc(v)
                and cast.opname == 'cast_ptr_to_adr' and cast.args[0] is v
                and call.opname == 'direct_call' and call.args[0] == increfptr
                and call.args[1:] == [cast.result]
                and (op.opname in ALIASES or immutable_read(op, immutable_items))
                and lives_forever(op.args[0])):
            forever.add(v)
            if items_immutable(op):
                immutable_items.add(v)
            skip.update([i + 1, i + 2])
    if skip:
        llops[:] = [op for j, op in enumerate(llops) if j not in skip]
    return forever


class UnionFind(object):
    def __init__(self):
        self.parent = {}

    def find(self, v):
        parent = self.parent
        root = v
        while parent.get(root, root) is not root:
            root = parent[root]
        while v is not root:            # point the whole path at the root
            next_v = parent[v]
            parent[v] = root
            v = next_v
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra is not rb:
            self.parent[ra] = rb


class IncrementSinker(object):
    """Pass 2 (the module docstring says what it does and why it is safe): run()
    moves the increments of one transformed graph; `removed` counts the pairs it
    cancelled."""

    def __init__(self, graph, increfptr, decrefptrs, harmless_calls, store_pushes,
                 is_borrowed, forever):
        self.graph = graph
        self.increfptr = increfptr
        self.decrefptrs = decrefptrs
        self.harmless_calls = harmless_calls
        self.store_pushes = store_pushes
        self.is_borrowed = is_borrowed
        self.forever = forever
        self.removed = 0         # increment/decrement pairs cancelled

    def run(self):
        entries = mkentrymap(self.graph)
        self.single_entry = set(b for b, links in entries.items() if len(links) == 1)
        incoming = {}            # block -> [(var, is_store)]
        for block in list(self.graph.iterblocks()):
            if block.operations or block.exits:
                self.sink_block(block, incoming.pop(block, []), incoming)
        return self.removed

    def is_incref(self, op):
        return op.opname == 'direct_call' and op.args[0] == self.increfptr

    def is_decref(self, op):
        return op.opname == 'direct_call' and op.args[0] in self.decrefptrs

    def sink_block(self, block, arriving, incoming):
        ops = block.operations
        uf = same_objects(ops, self.harmless_calls)
        self.uf = uf
        self.block = block
        self.arriving_roots = set(uf.find(v) for v, _ in arriving)
        owned_inputs = [v for v in block.inputargs
                        if var_needsgc(v) and not self.is_borrowed(v)]
        self.held_inputs = set(uf.find(v) for v in owned_inputs
                               if uf.find(v) not in self.arriving_roots)
        self.cancelled = set()   # roots whose decrement a token took in this block
        self.alive = set()       # roots that a caller or a constant keeps alive
        self.immortal = set()    # roots of prebuilt constants
        for v in self.all_vars(block):
            if isinstance(v, Constant):
                self.immortal.add(uf.find(v))
                self.alive.add(uf.find(v))
            elif self.is_borrowed(v) or v in self.forever:
                self.alive.add(uf.find(v))
        own = [op for op in ops if self.is_incref(op)]
        self.pending = set(own)
        tokens = [(None, v, is_store) for v, is_store in arriving]
        tokens += [(op, None, op in self.store_pushes) for op in own]
        for start_op, var, is_store in tokens:
            if start_op is not None:
                self.pending.discard(start_op)
                start = index_of(ops, start_op)
                var = self.var_of_address(ops, start_op.args[1], start)
                if var is None:         # not made by cast_ptr_to_adr: leave it
                    continue
                del ops[start]
                if isinstance(var, Constant) and not var.value:
                    self.removed += 1   # the increment of NULL does nothing
                    continue
            else:
                start = 0
            self.sink(block, start, var, is_store, incoming)

    def all_vars(self, block):
        seen = list(block.inputargs)
        for op in block.operations:
            seen.extend(op.args)
            seen.append(op.result)
        return seen

    def var_of_address(self, ops, adr, before):
        for j in range(before - 1, -1, -1):
            if ops[j].result is adr:
                return ops[j].args[0] if ops[j].opname == 'cast_ptr_to_adr' else None
        return None

    def sink(self, block, start, var, is_store, incoming):
        ops = block.operations
        uf = self.uf
        root = uf.find(var)
        j = start
        while j < len(ops):
            op = ops[j]
            if self.is_decref(op) and uf.find(op.args[1]) is root:
                del ops[j]
                self.removed += 1
                # the reference that decrement released now backs this token's
                # increment: no increment or input variable before it can be
                # counted on to protect the object any more
                self.cancelled.add(root)
                return
            if may_free(op, self.harmless_calls) and not (
                    root in self.immortal if is_store else self.protected(root, j)):
                self.materialize(block, j, var, is_store)
                return
            j += 1
        # the end of the block
        moves = []
        for link in block.exits:
            k = [i for i, a in enumerate(link.args) if uf.find(a) is root]
            target = link.target
            if not k or target not in self.single_entry or not target.exits:
                moves = None
                break
            moves.append((target, target.inputargs[k[0]]))
        if not moves:
            self.materialize(block, len(ops), var, is_store)
            return
        for target, w in moves:
            incoming.setdefault(target, []).append((w, is_store))

    def protected(self, root, j):
        if root in self.alive:
            return True
        if root in self.cancelled:
            return False
        ops = self.block.operations
        uf = self.uf
        for i in range(j - 1, -1, -1):
            op = ops[i]
            if self.is_decref(op) and uf.find(op.args[1]) is root:
                return False
            if (self.is_incref(op) and op not in self.pending
                    and op not in self.store_pushes
                    and uf.find(op.args[1]) is root):
                return True
        return root in self.held_inputs

    def materialize(self, block, j, var, is_store):
        v_adr = Variable('adr')
        v_adr.concretetype = llmemory.Address
        v_void = Variable()
        v_void.concretetype = lltype.Void
        cast = SpaceOperation('cast_ptr_to_adr', [var], v_adr)
        call = SpaceOperation('direct_call', [self.increfptr, v_adr], v_void)
        block.operations[j:j] = [cast, call]
        self.uf.union(v_adr, var)
        if is_store:
            self.store_pushes.add(call)


READS = frozenset(['getfield', 'getarrayitem', 'getinteriorfield'])
# operations that only read memory: a re-read of a location after them sees what the
# first read saw (anything else -- stores, copies, calls -- may change it)
PURE_PREFIXES = ('get', 'int_', 'uint_', 'float_', 'char_', 'unichar_', 'ptr_', 'adr_',
                 'cast_', 'same_as', 'bool_', 'llong_', 'ullong_', 'length',
                 'debug_assert', 'keepalive')


def same_objects(ops, harmless_calls):
    """The variables of a block that hold the same object, as a UnionFind: a cast
    and its operand; a read of a field, array item or interior field and an earlier
    read of the same location of the same object (with the same index variable or
    constant) when nothing between them may have written memory -- so the read of the
    old value that RPython makes before a store is the same object as the value read
    from that slot a few operations before.  Not in a free-threaded build: there
    another thread may store into the location between the two reads (a cell read
    to test it and read again to push it: the push's increment went to the first
    object read, the second was stored uncounted)."""
    uf = UnionFind()
    reads = {}
    for op in ops:
        if op.opname in ALIASES or op.opname == 'cast_ptr_to_adr':
            uf.union(op.result, op.args[0])
        elif op.opname in READS and not nogil.ACTIVE:
            key = (op.opname, uf.find(op.args[0])) + tuple(
                ('var', a) if isinstance(a, Variable) else ('const', a.value)
                for a in op.args[1:])
            try:
                earlier = reads.get(key)
            except TypeError:       # a constant that cannot be hashed
                continue
            if earlier is not None:
                uf.union(op.result, earlier)
            else:
                reads[key] = op.result
        elif op.opname == 'direct_call' and not may_free(op, harmless_calls):
            pass                    # the increment helper, the allocation hook: headers
        elif not op.opname.startswith(PURE_PREFIXES):
            reads.clear()           # a store, a call...: memory may have changed
    return uf


def index_of(ops, target):
    for i, op in enumerate(ops):
        if op is target:
            return i
    raise ValueError(target)
