"""The small-object allocator of the refcount plans: free lists per size
class, in front of the C library's malloc -- what CPython's pymalloc is to its
reference counting.

A refcounting interpreter frees every object the moment its count reaches 0 and
allocates the next one a moment later: binary trees allocates and frees 35 million
objects, fib a frame, its locals array and an int or two per call.  Through glibc's
malloc and free that cost about 30% of the instructions of `refcount` on binary trees
(callgrind, 2026-12-06: _int_free 12.1%, _int_malloc 6.1%, calloc 5.0%, malloc 3.6%,
free 3.3%), where a tracing GC bumps a pointer and frees nothing one by one.

How it works: 16 size classes of 16 bytes (16 to 256 bytes); a request of n bytes
takes the head of class ceil(n / 16)'s free list, or, when the list is empty, a new
block of exactly 16 * class bytes from malloc.  A freed block goes onto the list of
class malloc_usable_size(block) // 16 (read from glibc's chunk header without the
call: gclab_pool_usable) -- at least the class it was taken for, since
malloc gives at least what was asked -- or back to free() when larger (every block
above 256 bytes).  So a block on list c always has room for 16 * c bytes, whatever
malloc rounds to.  Blocks on the lists are never given back to the C library: memory
stays at its peak, as pymalloc's pools mostly do.

One set of lists for the process, no lock: every refcount plan with a GIL allocates
and frees only while holding it.  The free-threaded refcount plans (-nogil) use one set
per thread (`__thread`, the _tl functions), also without a lock: a block freed by
another thread than the one that took it joins the freeing thread's lists, and a thread
that ends gives its lists' blocks back to free() (gclab_pool_thread_end, called by
gclab.objspace.threads.bootstrap).  The poisoned builds keep their own free (never
reuse a block).
"""

from rpython.rtyper.lltypesystem import lltype, llmemory
from rpython.translator.tool.cbuild import ExternalCompilationInfo

from gclab.gc.cfunc import inline_c

CLASSES = 16            # size classes of 16 bytes: 16, 32, ..., 256 bytes

C_HEADER = r"""
#include <stdlib.h>
#include <malloc.h>
#define GCLAB_POOL_CLASSES %(classes)d
extern void *gclab_pool_heads[GCLAB_POOL_CLASSES + 1];
extern __thread void *gclab_pool_heads_tl[GCLAB_POOL_CLASSES + 1]
    __attribute__((tls_model("initial-exec")));
void gclab_pool_thread_end(void);

/* malloc_usable_size(p), read where glibc keeps it: the word before the block holds
   its chunk's size (a multiple of 16) and three flag bits; an in-use chunk that is not
   mmapped gives its user size minus 8 -- what glibc's malloc_usable_size returns, less
   its call.  An mmapped chunk (flag 2, 128 KB and more) reads as larger still: it goes
   to free() either way.  Other C libraries: their malloc_usable_size. */
static inline size_t gclab_pool_usable(void *p) {
#if defined(__GLIBC__) && !defined(GCLAB_POOL_PORTABLE)
    return (((size_t *)p)[-1] & ~(size_t)7) - sizeof(size_t);
#else
    return malloc_usable_size(p);
#endif
}

/* gclab_pool_malloc/free on the process's lists (with a GIL), and
   gclab_pool_malloc_tl/free_tl on the running thread's (free-threaded) */
#define GCLAB_POOL_FUNCTIONS(SUFFIX, HEADS)                                     \
static inline void *gclab_pool_malloc##SUFFIX(long size) {                     \
    long c = (size + 15) >> 4;                                                  \
    if (c <= GCLAB_POOL_CLASSES) {                                              \
        void *p = HEADS[c];                                                     \
        if (p != NULL) {                                                        \
            HEADS[c] = *(void **)p;                                             \
            return p;                                                           \
        }                                                                       \
        return malloc(c << 4);                                                  \
    }                                                                           \
    return malloc(size);                                                        \
}                                                                               \
static inline void gclab_pool_free##SUFFIX(void *p) {                          \
    size_t c = gclab_pool_usable(p) >> 4;                                       \
    if (c <= GCLAB_POOL_CLASSES) {                                              \
        *(void **)p = HEADS[c];                                                 \
        HEADS[c] = p;                                                           \
    }                                                                           \
    else                                                                        \
        free(p);                                                                \
}
GCLAB_POOL_FUNCTIONS(, gclab_pool_heads)
GCLAB_POOL_FUNCTIONS(_tl, gclab_pool_heads_tl)
""" % {'classes': CLASSES}

C_SOURCE = r"""
#include <stddef.h>
#include <stdlib.h>
void *gclab_pool_heads[%(classes)d + 1];
__thread void *gclab_pool_heads_tl[%(classes)d + 1]
    __attribute__((tls_model("initial-exec")));

/* a thread that ends gives its lists' blocks back to the C library */
void gclab_pool_thread_end(void) {
    int c;
    for (c = 0; c <= %(classes)d; c++) {
        void *p = gclab_pool_heads_tl[c];
        while (p != NULL) {
            void *next = *(void **)p;
            free(p);
            p = next;
        }
        gclab_pool_heads_tl[c] = NULL;
    }
}
""" % {'classes': CLASSES}

eci = ExternalCompilationInfo(post_include_bits=[C_HEADER],
                              separate_module_sources=[C_SOURCE])


def _c(name, args, result):
    return inline_c(eci, name, args, result)


c_malloc = _c('gclab_pool_malloc', [lltype.Signed], llmemory.Address)
c_free = _c('gclab_pool_free', [llmemory.Address], lltype.Void)
c_malloc_tl = _c('gclab_pool_malloc_tl', [lltype.Signed], llmemory.Address)
c_free_tl = _c('gclab_pool_free_tl', [llmemory.Address], lltype.Void)
c_thread_end = _c('gclab_pool_thread_end', [], lltype.Void)


def allocate(size, zero=False):
    """mallocHelpers' `allocate` (RPython's memory/gctransform/transform.py): the
    callers clear the memory themselves."""
    return c_malloc(size)


def allocate_tl(size, zero=False):
    """allocate() from the running thread's lists (free-threaded builds)."""
    return c_malloc_tl(size)
