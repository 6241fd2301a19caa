"""C functions that gclab's GC code calls (the `static inline` ones of nogil.py,
deferred.py, brc.py and pool.py): one way to declare them."""

from rpython.rtyper.lltypesystem import rffi


def inline_c(eci, name, args, result):
    """The C function `name` of eci, called directly: no wrapper, no GIL release,
    no effect on GC objects (each of these touches only its own C state)."""
    return rffi.llexternal(name, args, result, compilation_info=eci, _nowrapper=True,
                           releasegil=False, sandboxsafe=True,
                           random_effects_on_gcobjs=False)
