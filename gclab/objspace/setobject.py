"""set and frozenset: the objects, their iterator, operators and methods (RPython).

A set is CPython 3.11's hash table (Objects/setobject.c): open addressing over slots
of (key, hash), PySet_MINSIZE 8 slots to start, LINEAR_PROBES 9 consecutive slots then
perturbed probing, dummies left by deletions, a resize when fill*5 >= mask*3 (to the
smallest power of two above used*4, used*2 past 50000 items) that reinserts in old slot
order.  gclab iterates a set in slot order, and builds the results of update, copy, |,
&, -, ^ and their methods the way CPython does (set_merge copying a table, intersection
walking the smaller set, difference's choice of strategy, pop's finger...), so a set
prints, iterates and pops in CPython's order wherever the items' hashes are CPython's:
ints, floats, bools, tuples and frozensets of those.  str hashes are randomized in
CPython (and not CPython's in gclab), so a set of strs comes out in some order of its
own.  hash(None) and the default object hash are id-based in CPython, so sets holding
those do not match either.  A display of three or more constants, and a constant set a
for loop iterates, are the frozenset constants CPython's compiler makes of them (see
gclab.interp.compiler.constant_frozenset, and is_constant for the arithmetic CPython
folds); a display whose items gclab does not know to be constants is built item by
item, so where hashes collide it can come out in another order.  dict views combined with sets follow CPython's
dictviews_or/_sub/_xor and _PyDictView_Intersect.  An iterator walks the live table, as
CPython's does.

Which operand's item is kept when two are equal but distinct (1 and 1.0), and which
type a result has (the left operand's: set | frozenset is a set), follow CPython 3.11.
hash(frozenset) is CPython's algorithm, so it equals python3's wherever the items'
hashes do (ints, floats, nested frozensets of them)."""

from rpython.rlib.rarithmetic import r_uint, intmask

from gclab.interp import opcodes as op
from gclab.objspace.objects import W_Root
from gclab.objspace.dictobject import W_Dict, W_GlobalsDict
from gclab.objspace.itertypes import TYPES, W_Iterator
from gclab.objspace.dictviews import W_DictView, VALUES, KEYS, ITEMS
from gclab.objspace.argspec import Spec, receiver

from gclab.objspace.dictobject import key_error
from gclab.objspace.specialmethods import (special_self, special_len, special_contains,
                                           special_iter, special_str,
                                           special_hash)
from gclab.objspace.specialnames import CMP_SPECIAL, BINOP_SPECIAL
from gclab.objspace import freethreading, gcslots


MINSIZE = 8             # PySet_MINSIZE
LINEAR_PROBES = 9
PERTURB_SHIFT = 5
DUMMY_HASH = -1         # a deleted slot: key None, hash -1 (an unused one has hash 0)


def next_probe(i, perturb, mask):
    """CPython's i = (i * 5 + 1 + perturb) & mask, in size_t arithmetic."""
    return intmask((r_uint(i) * 5 + 1 + perturb) & r_uint(mask))


def insert_clean(keys_w, hashes, mask, w_key, h):
    """set_insert_clean: put a key known to be absent into a table without dummies."""
    perturb = r_uint(h)
    i = h & mask
    while True:
        if keys_w[i] is None:
            break
        found = -1
        if i + LINEAR_PROBES <= mask:
            for j in range(i + 1, i + LINEAR_PROBES + 1):
                if keys_w[j] is None:
                    found = j
                    break
        if found >= 0:
            i = found
            break
        perturb = perturb >> PERTURB_SHIFT
        i = next_probe(i, perturb, mask)
    keys_w[i] = w_key
    hashes[i] = h


class W_BaseSet(W_Root):
    """set and frozenset: CPython's table.  keys_w[i] is the item in slot i or None;
    hashes[i] its hash, 0 for an unused slot, DUMMY_HASH for a deleted one.  fill
    counts the used and deleted slots, used the items; finger is where pop() looks
    first."""
    _attrs_ = ['keys_w', 'hashes', 'fill', 'used', 'mask', 'finger', 'gc_slot',
               'weakrefs_w']
    # the W_WeakRefs to it (gclab.objspace.weakrefobject), None until the first: a
    # class default, so that a new set costs no store (RPython's malloc leaves a GC
    # pointer field NULL and writes no NULL default)
    weakrefs_w = None

    def __init__(self, space):
        self.finger = 0
        self.reset()
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track(self)

    def reset(self):
        held = freethreading.lock(self)
        try:
            return self._reset()
        finally:
            freethreading.unlock(self, held)

    def _reset(self):
        """set_empty_to_minsize (the finger stays)."""
        self.keys_w = [None] * MINSIZE
        self.hashes = [0] * MINSIZE
        self.fill = 0
        self.used = 0
        self.mask = MINSIZE - 1

    def is_true(self, space):
        return self.used > 0

    def length(self, space):
        return self.used

    def contains(self, space, w_item):
        w_key = lookup_key(space, w_item)
        return int(self.contains_entry(space, w_key, space.hash_w(w_key)))

    def iter(self, space):
        return W_SetIterator(self)

    def repr(self, space):
        return self.repr_as(space, self.typename(space), isinstance(self, W_FrozenSet))

    def repr_as(self, space, name, wrapped):
        """The repr, as `name({...})` if wrapped (a frozenset, an instance of a
        subclass), else `{...}`."""
        if space.enter_repr(self):
            return name + '(...)'
        try:
            items = [space.repr_str(w_item) for w_item in self.keys()]
        finally:
            space.leave_repr(self)
        if not items:
            return name + '()'
        text = '{' + ', '.join(items) + '}'
        if wrapped:
            return name + '(' + text + ')'
        return text

    def keys(self):
        held = freethreading.lock(self)
        try:
            return self._keys()
        finally:
            freethreading.unlock(self, held)

    def _keys(self):
        """The items in slot order, as a new list: safe to walk while user code runs."""
        result = []
        for w_key in self.keys_w:
            if w_key is not None:
                result.append(w_key)
        return result

    def entries(self):
        held = freethreading.lock(self)
        try:
            return self._entries()
        finally:
            freethreading.unlock(self, held)

    def _entries(self):
        """(items, their hashes) in slot order, as new lists (CPython's set_next)."""
        items_w = []
        hashes = []
        for i in range(len(self.keys_w)):
            w_key = self.keys_w[i]
            if w_key is not None:
                items_w.append(w_key)
                hashes.append(self.hashes[i])
        return items_w, hashes

    # --- the table ------------------------------------------------------------------------

    def lookup(self, space, w_key, h):
        """set_lookkey: the slot holding an item equal to w_key, or -1."""
        i = self.probe(space, w_key, h)
        if self.keys_w[i] is None:
            return -1
        return i

    def probe(self, space, w_key, h):
        """The probing of set_lookkey and set_add_entry: the slot holding an item equal
        to w_key, else the one set_add_entry would put it in (the last dummy seen, as
        CPython's, else the unused slot that ended the search).  Starts over, as
        CPython does, when a guest __eq__ changed the table."""
        while True:
            keys_w = self.keys_w
            hashes = self.hashes
            mask = self.mask
            i = h & mask
            perturb = r_uint(h)
            freeslot = -1
            while True:
                probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
                j = i
                restart = False
                while True:
                    w_start = keys_w[j]
                    if w_start is None:
                        if hashes[j] == 0:
                            if freeslot >= 0:
                                return freeslot
                            return j
                        freeslot = j
                    elif hashes[j] == h:
                        if w_start is w_key:
                            return j
                        eq = space.eq_w(w_start, w_key)
                        if self.keys_w is not keys_w or keys_w[j] is not w_start:
                            restart = True
                            break
                        if eq:
                            return j
                        mask = self.mask
                    if probes == 0:
                        break
                    probes -= 1
                    j += 1
                if restart:
                    break
                perturb = perturb >> PERTURB_SHIFT
                i = next_probe(i, perturb, mask)

    def add_key(self, space, w_key):
        self.add_entry(space, w_key, space.hash_w(w_key))

    def add_entry(self, space, w_key, h):
        held = freethreading.lock(self)
        try:
            return self._add_entry(space, w_key, h)
        finally:
            freethreading.unlock(self, held)

    def _add_entry(self, space, w_key, h):
        """set_add_entry."""
        i = self.probe(space, w_key, h)
        if self.keys_w[i] is not None:
            return
        self.used += 1
        if self.hashes[i] != DUMMY_HASH:
            self.fill += 1
        self.keys_w[i] = w_key
        self.hashes[i] = h
        if self.fill * 5 >= self.mask * 3:
            self.resize(self.grown_size())

    def grown_size(self):
        if self.used > 50000:
            return self.used * 2
        return self.used * 4

    def resize(self, minused):
        """set_table_resize: a table of the smallest power of two above minused, the
        items reinserted in the old slot order."""
        newsize = MINSIZE
        while newsize <= minused:
            newsize <<= 1
        old_keys_w = self.keys_w
        old_hashes = self.hashes
        keys_w = [None] * newsize
        hashes = [0] * newsize
        newmask = newsize - 1
        for i in range(len(old_keys_w)):
            w_key = old_keys_w[i]
            if w_key is not None:
                insert_clean(keys_w, hashes, newmask, w_key, old_hashes[i])
        self.keys_w = keys_w
        self.hashes = hashes
        self.mask = newmask
        self.fill = self.used

    def discard_entry(self, space, w_key, h):
        held = freethreading.lock(self)
        try:
            return self._discard_entry(space, w_key, h)
        finally:
            freethreading.unlock(self, held)

    def _discard_entry(self, space, w_key, h):
        """set_discard_entry: True if w_key was there (its slot becomes a dummy)."""
        i = self.lookup(space, w_key, h)
        if i < 0:
            return False
        self.keys_w[i] = None
        self.hashes[i] = DUMMY_HASH
        self.used -= 1
        return True

    def discard_key(self, space, w_key):
        return self.discard_entry(space, w_key, space.hash_w(w_key))

    def contains_entry(self, space, w_key, h):
        held = freethreading.lock(self)
        try:
            return self._contains_entry(space, w_key, h)
        finally:
            freethreading.unlock(self, held)

    def _contains_entry(self, space, w_key, h):
        return self.lookup(space, w_key, h) >= 0

    def take_body(self, w_other):
        held = freethreading.lock(self)
        try:
            return self._take_body(w_other)
        finally:
            freethreading.unlock(self, held)

    def _take_body(self, w_other):
        """set_swap_bodies as intersection_update uses it: self takes w_other's table."""
        self.keys_w = w_other.keys_w
        self.hashes = w_other.hashes
        self.fill = w_other.fill
        self.used = w_other.used
        self.mask = w_other.mask

    def pop(self):
        held = freethreading.lock(self)
        try:
            return self._pop()
        finally:
            freethreading.unlock(self, held)

    def _pop(self):
        """set_pop: the first item from the finger on (None if empty)."""
        if self.used == 0:
            return None
        keys_w = self.keys_w
        mask = self.mask
        i = self.finger & mask
        while keys_w[i] is None:
            i += 1
            if i > mask:
                i = 0
        w_key = keys_w[i]
        keys_w[i] = None
        self.hashes[i] = DUMMY_HASH
        self.used -= 1
        self.finger = i + 1
        return w_key


class W_Set(W_BaseSet):
    _attrs_ = []

    def getclass(self, space):
        return space.w_set

    def hash(self, space):
        raise space.error(space.w_TypeError, "unhashable type: 'set'")


class W_FrozenSet(W_BaseSet):
    _attrs_ = []

    def getclass(self, space):
        return space.w_frozenset

    def hash(self, space):
        return frozenset_hash(space, self)


def shuffle_bits(h):
    return ((h ^ r_uint(89869747)) ^ (h << 16)) * r_uint(3644798167)


def frozenset_hash(space, w_set):
    """CPython 3.11's frozenset_hash: the xor of the items' shuffled hashes, mixed."""
    h = r_uint(0)
    for i in range(len(w_set.keys_w)):
        if w_set.keys_w[i] is not None:
            h ^= shuffle_bits(r_uint(w_set.hashes[i]))
    h ^= (r_uint(w_set.used) + 1) * r_uint(1927868237)
    h ^= (h >> 11) ^ (h >> 25)
    h = h * r_uint(69069) + r_uint(907133923)
    result = intmask(h)
    if result == -1:
        result = 590923713
    return result


class W_SetIterator(W_Iterator):
    """CPython's setiterobject: walks the set's live table from a slot index; raises
    RuntimeError when the set's size differs from the one it started with, and on
    every later call."""
    _attrs_ = ['w_set', 'index', 'size', 'gc_slot']

    def __init__(self, w_set):
        self.w_set = w_set          # None once exhausted
        self.index = 0
        self.size = w_set.used
        if gcslots.ENABLED:
            self.gc_slot = gcslots.track_holder(self, w_set)

    def getclass(self, space):
        return TYPES.w_set_iterator

    def next(self, space):
        w_set = self.w_set
        if w_set is None:
            return None
        if w_set.used != self.size:
            self.size = -1          # sticky, as CPython's: every later next() raises
            raise space.error(space.w_RuntimeError, 'Set changed size during iteration')
        keys_w = w_set.keys_w
        i = self.index
        while i < len(keys_w) and keys_w[i] is None:
            i += 1
        self.index = i + 1
        if i >= len(keys_w):
            self.w_set = None
            return None
        return keys_w[i]


# --- creating sets ------------------------------------------------------------------------

def newset(space, frozen):
    if frozen:
        return W_FrozenSet(space)
    return W_Set(space)


def is_frozen(w_set):
    return isinstance(w_set, W_FrozenSet)


def lookup_key(space, w_item):
    """The key a set looks w_item up by: a set stands for the frozenset of its items, as
    in CPython (`{1} in {frozenset({1})}`)."""
    if isinstance(w_item, W_Set):
        w_key = W_FrozenSet(space)
        update(space, w_key, w_item)
        return w_key
    return w_item


def is_plain_dict(w_obj):
    """PyDict_CheckExact, as far as the set code cares."""
    return isinstance(w_obj, W_Dict) and not isinstance(w_obj, W_GlobalsDict)


def merge(space, w_set, w_other):
    """set_merge: add the items of the set w_other, copying its table outright when
    w_set is empty and of the same size."""
    assert isinstance(w_set, W_BaseSet)
    if w_other is w_set or w_other.used == 0:
        return
    if (w_set.fill + w_other.used) * 5 >= w_set.mask * 3:
        w_set.resize((w_set.used + w_other.used) * 2)
    if w_set.fill == 0 and w_set.mask == w_other.mask and w_other.fill == w_other.used:
        w_set.keys_w = w_other.keys_w[:]
        w_set.hashes = w_other.hashes[:]
        w_set.fill = w_other.fill
        w_set.used = w_other.used
        return
    items_w, hashes = w_other.entries()
    if w_set.fill == 0:
        w_set.fill = w_other.used
        w_set.used = w_other.used
        for i in range(len(items_w)):
            insert_clean(w_set.keys_w, w_set.hashes, w_set.mask, items_w[i], hashes[i])
        return
    for i in range(len(items_w)):
        w_set.add_entry(space, items_w[i], hashes[i])


def update(space, w_set, w_iterable):
    """set_update_internal: add every item of w_iterable to w_set."""
    assert isinstance(w_set, W_BaseSet)
    if isinstance(w_iterable, W_BaseSet):
        merge(space, w_set, w_iterable)
        return
    if is_plain_dict(w_iterable):
        assert isinstance(w_iterable, W_Dict)
        size = len(w_iterable.data)
        if (w_set.fill + size) * 5 >= w_set.mask * 3:
            w_set.resize((w_set.used + size) * 2)
        for w_item in w_iterable.keys():
            w_set.add_key(space, w_item)
        return
    each_item(space, w_set, w_iterable, True)


def each_item(space, w_set, w_iterable, add):
    """Add to w_set (or discard from it) each item the iterable w_iterable yields."""
    w_iter = space.iter(w_iterable)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        if add:
            w_set.add_key(space, w_item)
        else:
            w_set.discard_key(space, w_item)


def set_of(space, frozen, w_iterable):
    w_set = newset(space, frozen)
    update(space, w_set, w_iterable)
    return w_set


def copy(space, w_set):
    """A new set of w_set's type holding its items (set_copy)."""
    return set_of(space, is_frozen(w_set), w_set)


def as_set(space, w_obj, frozen):
    """w_obj if it is a set or frozenset, else a new one of its items."""
    if isinstance(w_obj, W_BaseSet):
        return w_obj
    return set_of(space, frozen, w_obj)


SET_NEW = Spec('set(iterable=(), /)')
FROZENSET_NEW = Spec('frozenset(iterable=(), /)')


def new_set(space, frozen, args):
    """set(iterable) and frozenset(iterable)."""
    if frozen:
        args_w = FROZENSET_NEW.unpack(space, args)
        if args_w and isinstance(args_w[0], W_FrozenSet):
            return args_w[0]
    else:
        args_w = SET_NEW.unpack(space, args)
    w_set = newset(space, frozen)
    if args_w:
        update(space, w_set, args_w[0])
    return w_set


# --- the operations, on sets already checked ------------------------------------------------

def common_entries(space, w_a, w_b, first_only):
    """The items (and hashes) of the smaller of two sets, w_b when they are the same
    size, that the other holds, in slot order: as set_intersection and set_isdisjoint
    walk them.  Only the first one if first_only."""
    w_big = w_a
    w_small = w_b
    if w_b.used > w_a.used:
        w_big = w_b
        w_small = w_a
    items_w, hashes = w_small.entries()
    common_w = []
    common_hashes = []
    for i in range(len(items_w)):
        if w_big.contains_entry(space, items_w[i], hashes[i]):
            common_w.append(items_w[i])
            common_hashes.append(hashes[i])
            if first_only:
                break
    return common_w, common_hashes


def intersection2(space, w_set, w_other):
    """w_set & w_other as CPython's set_intersection: the items come from the smaller
    set (w_other when they are the same size), in its slot order."""
    if w_other is w_set:
        return copy(space, w_set)
    w_res = newset(space, is_frozen(w_set))
    if isinstance(w_other, W_BaseSet):
        items_w, hashes = common_entries(space, w_set, w_other, False)
        for i in range(len(items_w)):
            w_res.add_entry(space, items_w[i], hashes[i])
        return w_res
    w_iter = space.iter(w_other)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        h = space.hash_w(w_item)
        if w_set.contains_entry(space, w_item, h):
            w_res.add_entry(space, w_item, h)
    return w_res


def intersection(space, w_set, others_w):
    """set_intersection_multi."""
    if not others_w:
        return copy(space, w_set)
    w_res = w_set
    for w_other in others_w:
        w_res = intersection2(space, w_res, w_other)
    return w_res


def discard_all(space, w_set, w_other):
    """set_difference_update_internal: remove from w_set every item of the iterable
    w_other, then resize the dummies away if they are more than a quarter."""
    assert isinstance(w_set, W_BaseSet)
    if w_other is w_set:
        w_set.reset()
        return
    if isinstance(w_other, W_BaseSet):
        if (w_other.used >> 3) > w_set.used:
            w_other = intersection2(space, w_set, w_other)
        items_w, hashes = w_other.entries()
        for i in range(len(items_w)):
            w_set.discard_entry(space, items_w[i], hashes[i])
    else:
        each_item(space, w_set, w_other, False)
    if w_set.fill - w_set.used <= w_set.mask // 4:
        return
    w_set.resize(w_set.grown_size())


def difference(space, w_set, w_other):
    """set_difference: w_set's items not in w_other, by walking w_set unless it is
    more than four times the size of w_other (or w_other is no set or dict), when it
    is a copy of w_set with w_other's items removed."""
    if isinstance(w_other, W_BaseSet):
        other_size = w_other.used
    elif is_plain_dict(w_other):
        assert isinstance(w_other, W_Dict)
        other_size = len(w_other.data)
    else:
        other_size = -1
    if other_size < 0 or (w_set.used >> 2) > other_size:
        w_res = copy(space, w_set)
        discard_all(space, w_res, w_other)
        return w_res
    w_res = newset(space, is_frozen(w_set))
    items_w, hashes = w_set.entries()
    for i in range(len(items_w)):
        w_item = items_w[i]
        if isinstance(w_other, W_BaseSet):
            found = w_other.contains_entry(space, w_item, hashes[i])
        else:
            assert isinstance(w_other, W_Dict)
            found = w_other.has_key(w_item)
        if not found:
            w_res.add_entry(space, w_item, hashes[i])
    return w_res


def symmetric_update(space, w_set, w_other):
    """set_symmetric_difference_update: w_set ^= the items of w_other (a set, a dict,
    or any iterable as a new set)."""
    assert isinstance(w_set, W_BaseSet)
    if w_other is w_set:
        w_set.reset()
        return
    if is_plain_dict(w_other):
        assert isinstance(w_other, W_Dict)
        for w_item in w_other.keys():
            h = space.hash_w(w_item)
            if not w_set.discard_entry(space, w_item, h):
                w_set.add_entry(space, w_item, h)
        return
    w_other = as_set(space, w_other, is_frozen(w_set))
    assert isinstance(w_other, W_BaseSet)
    items_w, hashes = w_other.entries()
    for i in range(len(items_w)):
        if not w_set.discard_entry(space, items_w[i], hashes[i]):
            w_set.add_entry(space, items_w[i], hashes[i])


def symmetric_difference(space, w_set, w_other):
    """As CPython's: a new set of w_other's items (of w_set's type), then w_set's."""
    w_res = set_of(space, is_frozen(w_set), w_other)
    symmetric_update(space, w_res, w_set)
    return w_res


def issubset(space, w_set, w_other):
    assert isinstance(w_set, W_BaseSet)
    w_other = as_set(space, w_other, False)
    assert isinstance(w_other, W_BaseSet)
    if w_set.used > w_other.used:
        return False
    items_w, hashes = w_set.entries()
    for i in range(len(items_w)):
        if not w_other.contains_entry(space, items_w[i], hashes[i]):
            return False
    return True


def issuperset(space, w_set, w_other):
    if isinstance(w_other, W_BaseSet):
        return issubset(space, w_other, w_set)
    w_iter = space.iter(w_other)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            return True
        if not w_set.contains_entry(space, w_item, space.hash_w(w_item)):
            return False


def isdisjoint(space, w_set, w_other):
    if isinstance(w_other, W_BaseSet):
        items_w, _ = common_entries(space, w_set, w_other, True)
        return len(items_w) == 0
    w_iter = space.iter(w_other)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            return True
        if w_set.contains_entry(space, w_item, space.hash_w(w_item)):
            return False


def replace_items(w_set, w_new):
    """w_set takes w_new's items (CPython's set_swap_bodies for intersection_update)."""
    w_set.take_body(w_new)


def union(space, w_set, others_w):
    """set_union: a copy of w_set updated with each other (w_set itself skipped)."""
    w_res = copy(space, w_set)
    for w_other in others_w:
        if w_other is not w_set:
            update(space, w_res, w_other)
    return w_res


# --- operators: the space's hooks -------------------------------------------------------------

def is_set_view(w_obj):
    """dict.keys() and dict.items() views: set-like, as in CPython."""
    return isinstance(w_obj, W_DictView) and w_obj.kind != VALUES


def binop(space, opnum, w_a, w_b):
    """| & - ^ of two sets (the result has the left operand's type), or of a keys or
    items view and any iterable (a set); None otherwise."""
    if not (isinstance(w_a, W_BaseSet) and isinstance(w_b, W_BaseSet)):
        if is_set_view(w_a) or is_set_view(w_b):
            return view_binop(space, opnum, w_a, w_b)
        return None
    if opnum == op.OP_OR:
        return union(space, w_a, [w_b])
    if opnum == op.OP_AND:
        return intersection2(space, w_a, w_b)
    if opnum == op.OP_SUB:
        return difference(space, w_a, w_b)
    if opnum == op.OP_XOR:
        return symmetric_difference(space, w_a, w_b)
    return None


def view_binop(space, opnum, w_a, w_b):
    """CPython 3.11's dictviews_or, _sub, _xor: a new set of the left operand's items
    (a keys view's dict read as a dict), updated with the other operand's; and
    _PyDictView_Intersect for &."""
    if opnum == op.OP_AND:
        return view_intersect(space, w_a, w_b)
    if opnum != op.OP_OR and opnum != op.OP_SUB and opnum != op.OP_XOR:
        return None
    w_res = view_to_set(space, w_a)
    if opnum == op.OP_OR:
        update(space, w_res, w_b)
    elif opnum == op.OP_SUB:
        discard_all(space, w_res, w_b)
    else:
        symmetric_update(space, w_res, w_b)
    return w_res


def view_to_set(space, w_obj):
    """dictviews_to_set."""
    if isinstance(w_obj, W_DictView) and w_obj.kind == KEYS:
        return set_of(space, False, w_obj.w_dict)
    return set_of(space, False, w_obj)


def view_intersect(space, w_view, w_other):
    """_PyDictView_Intersect: the items of the smaller operand found in the other."""
    if not is_set_view(w_view):
        w_view, w_other = w_other, w_view
    len_view = space.len_w(w_view)
    if isinstance(w_other, W_Set) and len_view <= w_other.used:
        return intersection2(space, w_other, w_view)
    if is_set_view(w_other) and space.len_w(w_other) > len_view:
        w_view, w_other = w_other, w_view
    w_res = W_Set(space)
    w_iter = space.iter(w_other)
    while True:
        w_item = space.next(w_iter)
        if w_item is None:
            break
        if space.contains(w_view, w_item):
            w_res.add_key(space, w_item)
    return w_res


def inplace_binop(space, opnum, w_a, w_b):
    """|= &= -= ^= of a set and a set or frozenset, in place; None otherwise (a frozenset
    falls back on the binary operator, as in CPython)."""
    if not (isinstance(w_a, W_Set) and isinstance(w_b, W_BaseSet)):
        return None
    if opnum == op.OP_OR:
        update(space, w_a, w_b)
    elif opnum == op.OP_AND:
        replace_items(w_a, intersection2(space, w_a, w_b))
    elif opnum == op.OP_SUB:
        discard_all(space, w_a, w_b)
    elif opnum == op.OP_XOR:
        symmetric_update(space, w_a, w_b)
    else:
        return None
    return w_a


def compare(space, opnum, w_a, w_b):
    """1 true, 0 false, -1 not applicable: subset/superset comparisons of two sets, or
    of a set or a keys or items view and a view."""
    if not (isinstance(w_a, W_BaseSet) and isinstance(w_b, W_BaseSet)):
        if (is_set_view(w_a) or is_set_view(w_b)) and \
                (is_set_view(w_a) or isinstance(w_a, W_BaseSet)) and \
                (is_set_view(w_b) or isinstance(w_b, W_BaseSet)):
            w_a = set_of(space, True, w_a)
            w_b = set_of(space, True, w_b)
        else:
            return -1
    assert isinstance(w_a, W_BaseSet) and isinstance(w_b, W_BaseSet)
    la = w_a.used
    lb = w_b.used
    if opnum == op.CMP_EQ:
        return int(la == lb and issubset(space, w_a, w_b))
    if opnum == op.CMP_NE:
        return int(not (la == lb and issubset(space, w_a, w_b)))
    if opnum == op.CMP_LE:
        return int(issubset(space, w_a, w_b))
    if opnum == op.CMP_GE:
        return int(issubset(space, w_b, w_a))
    if opnum == op.CMP_LT:
        return int(la < lb and issubset(space, w_a, w_b))
    if opnum == op.CMP_GT:
        return int(la > lb and issubset(space, w_b, w_a))
    return -1


# --- methods ------------------------------------------------------------------------------
# Each is impl(space, w_set, args_w): args_w the arguments after the instance, checked
# against the method's Spec by the wrapper make_method() builds for set and frozenset.

def set_add(space, w_set, args_w):
    w_set.add_key(space, args_w[0])
    return space.w_None


def set_remove(space, w_set, args_w):
    w_key = lookup_key(space, args_w[0])
    if not w_set.discard_key(space, w_key):
        raise key_error(space, args_w[0])
    return space.w_None


def set_discard(space, w_set, args_w):
    w_set.discard_key(space, lookup_key(space, args_w[0]))
    return space.w_None


def set_pop(space, w_set, args_w):
    w_item = w_set.pop()
    if w_item is not None:
        return w_item
    raise key_error(space, space.newstr('pop from an empty set'))


def set_clear(space, w_set, args_w):
    w_set.reset()
    return space.w_None


def set_copy(space, w_set, args_w):
    if isinstance(w_set, W_FrozenSet):
        return w_set
    return copy(space, w_set)


def set_update(space, w_set, args_w):
    for w_other in args_w:
        update(space, w_set, w_other)
    return space.w_None


def set_intersection_update(space, w_set, args_w):
    replace_items(w_set, intersection(space, w_set, args_w))
    return space.w_None


def set_difference_update(space, w_set, args_w):
    for w_other in args_w:
        discard_all(space, w_set, w_other)
    return space.w_None


def set_symmetric_difference_update(space, w_set, args_w):
    symmetric_update(space, w_set, args_w[0])
    return space.w_None


def set_union(space, w_set, args_w):
    return union(space, w_set, args_w)


def set_intersection(space, w_set, args_w):
    return intersection(space, w_set, args_w)


def set_difference(space, w_set, args_w):
    """set_difference_multi."""
    if not args_w:
        return copy(space, w_set)
    w_res = difference(space, w_set, args_w[0])
    for w_other in args_w[1:]:
        discard_all(space, w_res, w_other)
    return w_res


def set_symmetric_difference(space, w_set, args_w):
    return symmetric_difference(space, w_set, args_w[0])


def set_issubset(space, w_set, args_w):
    return space.newbool(issubset(space, w_set, args_w[0]))


def set_issuperset(space, w_set, args_w):
    return space.newbool(issuperset(space, w_set, args_w[0]))


def set_isdisjoint(space, w_set, args_w):
    return space.newbool(isdisjoint(space, w_set, args_w[0]))


# (name, parameters after $self, impl, also a method of frozenset)
METHODS = [
    ('add', 'object, /', set_add, False),
    ('remove', 'object, /', set_remove, False),
    ('discard', 'object, /', set_discard, False),
    ('pop', '/', set_pop, False),
    ('clear', '/', set_clear, False),
    ('update', '*others', set_update, False),
    ('intersection_update', '*others', set_intersection_update, False),
    ('difference_update', '*others', set_difference_update, False),
    ('symmetric_difference_update', 'other, /', set_symmetric_difference_update, False),
    ('copy', '/', set_copy, True),
    ('union', '*others', set_union, True),
    ('intersection', '*others', set_intersection, True),
    ('difference', '*others', set_difference, True),
    ('symmetric_difference', 'other, /', set_symmetric_difference, True),
    ('issubset', 'other, /', set_issubset, True),
    ('issuperset', 'other, /', set_issuperset, True),
    ('isdisjoint', 'other, /', set_isdisjoint, True),
]


def make_method(typename, name, params, impl):
    """The builtin method typename.name: checks the receiver and the arguments."""
    spec = Spec('%s.%s($self, %s)' % (typename, name, params))
    frozen = typename == 'frozenset'

    def method(space, args):
        w_self = receiver(space, args, set_type(space, frozen), name)
        assert isinstance(w_self, W_BaseSet)
        return impl(space, w_self, spec.unpack(space, args))
    method.func_name = '%s_%s' % (typename, name)
    return method


def make_special_compare(opnum):
    def special(space, args):
        w_self = special_self(space, args, CMP_SPECIAL[opnum], 1)
        res = compare(space, opnum, w_self, args.args_w[1])
        if res < 0:
            return space.w_NotImplemented
        return space.newbool(res == 1)
    special.func_name = 'set_compare_%d' % opnum
    return special


def make_special_binop(opnum):
    def special(space, args):
        w_self = special_self(space, args, BINOP_SPECIAL[opnum], 1)
        w_res = binop(space, opnum, w_self, args.args_w[1])
        if w_res is None:
            return space.w_NotImplemented
        return w_res
    special.func_name = 'set_binop_%d' % opnum
    return special


def set_type(space, frozen):
    if frozen:
        return space.w_frozenset
    return space.w_set


def method_table(typename):
    """(name, builtin impl) of the methods of set or of frozenset."""
    table = []
    for name, params, impl, shared in METHODS:
        if shared or typename == 'set':
            table.append((name, make_method(typename, name, params, impl)))
    return table


def set_special_repr(space, args):
    """set.__repr__, frozenset.__repr__: an instance of a subclass shows its class's
    name, `S({1})`, as in CPython."""
    w_self = special_self(space, args, '__repr__', 0)
    w_orig = args.args_w[0]
    if w_orig is not w_self and isinstance(w_self, W_BaseSet):
        return space.newstr(w_self.repr_as(space, space.type(w_orig).name, True))
    return space.repr(w_self)


def special_table():
    """(name, builtin impl) of the special methods set and frozenset share."""
    table = [('__len__', special_len), ('__contains__', special_contains),
             ('__iter__', special_iter), ('__repr__', set_special_repr),
             ('__str__', special_str)]
    for opnum in [op.CMP_LT, op.CMP_LE, op.CMP_EQ, op.CMP_NE, op.CMP_GT, op.CMP_GE]:
        table.append((CMP_SPECIAL[opnum], make_special_compare(opnum)))
    for opnum in [op.OP_OR, op.OP_AND, op.OP_SUB, op.OP_XOR]:
        table.append((BINOP_SPECIAL[opnum], make_special_binop(opnum)))
    return table


SET_METHODS = method_table('set')
FROZENSET_METHODS = method_table('frozenset')
SPECIAL_METHODS = special_table()


def make_view_isdisjoint(kind):
    """dict_keys.isdisjoint, dict_items.isdisjoint (CPython's dictviews_isdisjoint: the
    smaller of two sized operands is walked, looked up in the other)."""
    spec = Spec('%s.isdisjoint($self, other, /)' % VIEW_NAMES[kind])

    def view_isdisjoint(space, args):
        w_self = receiver(space, args, view_type(kind), 'isdisjoint')
        [w_other] = spec.unpack(space, args)
        if w_other is w_self:
            return space.newbool(space.len_w(w_self) == 0)
        w_small, w_large = w_other, w_self
        if (isinstance(w_other, W_BaseSet) or is_set_view(w_other)) and \
                space.len_w(w_self) <= space.len_w(w_other):
            w_small, w_large = w_self, w_other
        w_iter = space.iter(w_small)
        while True:
            w_item = space.next(w_iter)
            if w_item is None:
                return space.w_True
            if space.contains(w_large, w_item):
                return space.w_False
    view_isdisjoint.func_name = 'view_isdisjoint_%d' % kind
    return view_isdisjoint


VIEW_NAMES = {KEYS: 'dict_keys', ITEMS: 'dict_items'}


def view_type(kind):
    if kind == KEYS:
        return TYPES.w_dict_keys
    return TYPES.w_dict_items


VIEW_METHODS = [(kind, make_view_isdisjoint(kind)) for kind in [KEYS, ITEMS]]


def install(space):
    """The methods of set and frozenset, and the type of their iterator; the set methods
    of the dict views (created by gclab.objspace.iterators.install)."""
    TYPES.w_set_iterator = space.make_type('set_iterator', space.w_object)
    for w_type, table in [(space.w_set, SET_METHODS), (space.w_frozenset, FROZENSET_METHODS)]:
        for name, impl in table + SPECIAL_METHODS:
            w_type.dict_w[name] = space.wrap_builtin(name, impl, w_type)
    for kind, impl in VIEW_METHODS:
        view_type(kind).dict_w['isdisjoint'] = space.wrap_builtin('isdisjoint', impl,
                                                                 view_type(kind))
    space.w_set.dict_w['__hash__'] = space.w_None
    space.w_frozenset.dict_w['__hash__'] = space.wrap_builtin('__hash__', special_hash,
                                                              space.w_frozenset)


# --- the frame's instructions ----------------------------------------------------------------

def build_set(space, items_w):
    """BUILD_SET: a set of the items (hashed once all are evaluated, as in CPython)."""
    w_set = W_Set(space)
    for w_item in items_w:
        w_set.add_key(space, w_item)
    return w_set


def set_add_item(space, w_set, w_item):
    """SET_ADD."""
    assert isinstance(w_set, W_Set)
    w_set.add_key(space, w_item)


def set_update_from(space, w_set, w_iterable):
    """SET_UPDATE: `{*a}`."""
    update(space, w_set, w_iterable)
