"""The refcount plans' small-object allocator (gclab/gc/refcounting/pool.py), on
translated programs (PyPy 2.7 host, RPython).

  * generated C: the plans with a GIL allocate and free through the process's free
    lists, the free-threaded ones through the running thread's; the poisoned builds
    do not use the pool;
  * a program that allocates and frees objects of many sizes (structs, lists of every
    length from 0 to 80, strings, some far above the largest class) over and over
    computes what it should: a block reused from a free list is cleared, and is
    never handed out twice while in use;
  * reuse: a steady loop of allocations and frees does not make the process grow.
"""

import os
import sys

import pytest

if sys.version_info[0] != 2:
    pytest.skip('RPython runs on the PyPy 2.7 host', allow_module_level=True)

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from rpython.rlib.objectmodel import dont_inline

from gclab.gc import stats

from test_gc_policy import read_sources, translate_to_c


class Box(object):
    def __init__(self, value, items):
        self.value = value
        self.items = items
        self.other = None


@dont_inline
def build(i):
    n = i % 81
    items = [Box(j, None) for j in range(n % 7)]
    box = Box(i, items)
    box.other = Box(-i, [None] * n)     # an array of n pointers: 16 + 8n bytes
    return box


@dont_inline
def check(box, i):
    n = i % 81
    ok = box.value == i and box.other.value == -i and len(box.other.items) == n
    for item in box.other.items:
        ok = ok and item is None        # cleared, though the block was used before
    for j in range(len(box.items)):
        ok = ok and box.items[j].value == j and box.items[j].other is None
    return ok


def peak_kb():
    with_status = os.open('/proc/self/status', os.O_RDONLY, 0)
    text = os.read(with_status, 8192)
    os.close(with_status)
    for line in text.split('\n'):
        if line.startswith('VmHWM:'):
            return int(line[len('VmHWM:'):].strip().split(' ')[0])
    return -1


def entry_point(argv):
    rounds = int(argv[1])
    bad = 0
    live = [None] * 50
    peaks = []
    for r in range(rounds):
        for i in range(2000):
            slot = (i * 7) % 50
            if live[slot] is not None and not check(live[slot], live[slot].value):
                bad += 1
            live[slot] = build(i + r)
            text = str(i) * (i % 60)            # strings up to 240 bytes and more
            if len(text) != len(str(i)) * (i % 60):
                bad += 1
        peaks.append(peak_kb())
    os.write(1, 'bad %d\n' % bad)
    os.write(1, 'peaks %d %d\n' % (peaks[len(peaks) // 2], peaks[-1]))
    os.write(1, 'alive %d\n' % (stats.COUNTERS[stats.OBJECTS_ALLOCATED] -
                                stats.COUNTERS[stats.OBJECTS_FREED]))
    return 0


def pool_calls(cbuilder):
    """Which of pool.py's allocate/free pairs the generated C calls: the process's
    lists, the thread's lists."""
    text = '\n'.join(read_sources(cbuilder, ('.c',)).values())
    return (('gclab_pool_malloc(' in text, 'gclab_pool_free(' in text),
            ('gclab_pool_malloc_tl(' in text, 'gclab_pool_free_tl(' in text))


@pytest.mark.parametrize('plan,process,thread', [
    ('refcount', True, False),
    ('atomic-refcount', True, False),
    ('refcount-poisoned', False, False),
    ('atomic-refcount-nogil', False, True)])
def test_which_plans_use_the_pool(plan, process, thread):
    cbuilder = translate_to_c(plan, entry_point)
    assert pool_calls(cbuilder) == ((process, process), (thread, thread))


@pytest.fixture(scope='module', params=['refcount', 'atomic-refcount-nogil'])
def refcount_binary(request):
    cbuilder = translate_to_c(request.param, entry_point)
    cbuilder.compile()
    return cbuilder


def test_reused_blocks_are_cleared_and_never_shared(refcount_binary):
    out = refcount_binary.cmdexec('20').split('\n')
    assert out[0] == 'bad 0', out


def test_a_steady_loop_does_not_grow(refcount_binary):
    out = refcount_binary.cmdexec('60').split('\n')
    assert out[0] == 'bad 0', out
    middle, last = map(int, out[1].split()[1:])
    assert middle > 0
    # the same live set every round: freed blocks are taken again, not new memory
    assert last - middle < 512, out


USABLE_CHECK = r"""
#include <stdio.h>
%(header)s
void *gclab_pool_heads[GCLAB_POOL_CLASSES + 1];
int main(void) {
    static void *keep[4096];
    long n, bad = 0, small = 0;
    int k = 0;
    for (n = 1; n < 300000; n += (n < 1024 ? 1 : n / 64)) {
        void *p = malloc(n);
        size_t ours = gclab_pool_usable(p), libc = malloc_usable_size(p);
        /* the class a freed block goes to: the same, or both above the last */
        size_t c1 = ours >> 4, c2 = libc >> 4;
        if (c2 <= GCLAB_POOL_CLASSES) small++;
        if (c1 != c2 && (c1 <= GCLAB_POOL_CLASSES || c2 <= GCLAB_POOL_CLASSES))
            bad++;
        /* below the mmap threshold (128 KB), the very same size */
        if (n < 100000 && ours != libc)
            bad++;
        if (k < 4096) keep[k++] = p; else free(p);   /* chunks from every arena state */
    }
    printf("bad %%ld small %%ld\n", bad, small);
    return 0;
}
"""


def test_free_reads_the_block_size_as_malloc_usable_size(tmpdir):
    """gclab_pool_free finds a block's class from glibc's chunk header, not by calling
    malloc_usable_size: for blocks of every size up to 300 KB (some mmapped), both
    give the same class, and below glibc's mmap threshold the same size."""
    from gclab.gc.refcounting import pool
    src = tmpdir.join('usable.c')
    src.write(USABLE_CHECK % {'header': pool.C_HEADER})
    exe = str(tmpdir.join('usable'))
    import subprocess
    subprocess.check_call(['gcc', '-O2', '-o', exe, str(src)])
    out = subprocess.check_output([exe]).decode().split()
    assert out[0] == 'bad' and out[1] == '0', out
    assert int(out[3]) > 200, out       # the small classes were reached
