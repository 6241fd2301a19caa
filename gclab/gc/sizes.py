"""The sizes sys.getsizeof reports (gclab.objspace.sysmodule): bytes as the translated C
lays the objects out on the plan it was translated for.

  struct_size(cls)    the C struct of an instance of the RPython class cls: its fields,
                      its vtable pointer and the plan's GC header -- on the refcount
                      plans the struct's first field (one count word, three on
                      biased-refcount), on the framework GCs the type-id word kept
                      before the object (added here), nothing on boehm and none.
  storage_size(x)     the GC blocks an RPython list, string or dict owns: a resizable
                      list's header and its items array at its allocated length, a
                      string's struct with its characters, a dict's struct and its
                      entries array (not its hash index, which RPython sizes and types
                      by the table's size).

Both are C `sizeof` expressions (llmemory symbolics), so a plan whose header or
layout differs reports its own sizes; what a memory manager adds outside the object
(malloc's chunk header, boehm's size classes, the poisoned allocator's guard) is not
counted.  Untranslated they are estimates: one 8-byte word per field and per item.
"""

from rpython.annotator import model as annmodel
from rpython.rtyper.extregistry import ExtRegistryEntry
from rpython.rtyper.lltypesystem import lltype, llmemory, rstr

WORD = 8


def struct_size(cls):
    """Bytes of the C struct of an instance of cls (a constant class)."""
    fields = set()
    for klass in cls.__mro__:
        fields.update(klass.__dict__.get('_attrs_', []))
    return WORD * (2 + len(fields))         # untranslated: vtable, header, fields


def storage_size(x):
    """Bytes of the GC blocks an RPython list, str or dict owns (see the module)."""
    if isinstance(x, str):
        return 3 * WORD + len(x)
    if isinstance(x, dict):
        return 6 * WORD + 3 * WORD * len(x)
    return 3 * WORD + WORD * len(x)


class StructSizeEntry(ExtRegistryEntry):
    _about_ = struct_size

    def compute_result_annotation(self, s_cls):
        assert s_cls.is_constant(), 'struct_size() takes a constant class'
        return annmodel.SomeInteger(nonneg=True)

    def specialize_call(self, hop):
        from rpython.rtyper.rclass import getinstancerepr
        hop.exception_cannot_occur()
        cls = hop.args_s[0].const
        classdef = hop.rtyper.annotator.bookkeeper.getuniqueclassdef(cls)
        STRUCT = getinstancerepr(hop.rtyper, classdef).object_type
        size = llmemory.sizeof(STRUCT)
        config = hop.rtyper.annotator.translator.config
        if config.translation.gctransformer == 'framework':
            # the framework GCs keep their header before the object, outside the
            # C struct (the refcount header is the struct's first field)
            from rpython.memory.gc.base import choose_gc_from_config
            GCClass, _ = choose_gc_from_config(config)
            size = size + llmemory.sizeof(GCClass.HDR)
        return hop.inputconst(lltype.Signed, size)


class StorageSizeEntry(ExtRegistryEntry):
    _about_ = storage_size

    def compute_result_annotation(self, s_x):
        return annmodel.SomeInteger(nonneg=True)

    def specialize_call(self, hop):
        hop.exception_cannot_occur()
        r_x = hop.args_r[0]
        v_x = hop.inputarg(r_x, 0)
        PTR = r_x.lowleveltype
        assert isinstance(PTR, lltype.Ptr), 'storage_size() of %r' % (PTR,)
        TYPE = PTR.TO
        if TYPE == rstr.STR or TYPE == rstr.UNICODE:
            base = llmemory.sizeof(TYPE, 0)
            item = llmemory.sizeof(TYPE.chars.OF)

            def ll_size(s):
                if not s:
                    return 0
                return base + (len(s.chars) + 1) * item
        elif isinstance(TYPE, lltype.GcArray):            # a list that never resizes
            base = llmemory.sizeof(TYPE, 0)
            item = llmemory.sizeof(TYPE.OF)

            def ll_size(a):
                if not a:
                    return 0
                return base + len(a) * item
        elif 'items' in TYPE._names:                      # a resizable list
            own = llmemory.sizeof(TYPE)
            base = llmemory.sizeof(TYPE.items.TO, 0)
            item = llmemory.sizeof(TYPE.items.TO.OF)

            def ll_size(l):
                if not l:
                    return 0
                return own + base + len(l.items) * item
        elif 'entries' in TYPE._names:                    # an ordered dict
            own = llmemory.sizeof(TYPE)
            base = llmemory.sizeof(TYPE.entries.TO, 0)
            item = llmemory.sizeof(TYPE.entries.TO.OF)

            def ll_size(d):
                if not d:
                    return 0
                return own + base + len(d.entries) * item
        else:
            raise TypeError('storage_size() of %r' % (TYPE,))
        return hop.gendirectcall(ll_size, v_x)
