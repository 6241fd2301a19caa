"""WIP helper (not a test): print the objects left by the SCALABLE bench programs and the
CYCLE_MAKERS on a refcount binary, to fill tests/e2e/test_gc.py's placeholders:
    python3 tests/e2e/measure_leaks_wip.py build/gclab-refcount"""
import json, os, sys, subprocess
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))

import corpus
exe = sys.argv[1]
def residual(path, args):
    p = subprocess.run([exe, '--gc-stats', path] + list(args), capture_output=True, text=True, cwd=corpus.ROOT, timeout=300)
    for line in p.stderr.splitlines():
        if line.startswith('GCLAB_STATS '):
            s = json.loads(line[12:])
            return p.returncode, s['objects_allocated'] - s['objects_freed'], s['objects_allocated']
    return p.returncode, None, None
SCALABLE = [('examples/fib.py', '15', '20'), ('bench/programs/binary_trees.py', '6', '8'),
            ('bench/programs/dict_strings.py', '2000', '8000'), ('bench/programs/large_heap.py', '2000', '8000'),
            ('bench/programs/nbody.py', '100', '400'), ('bench/programs/scheduler.py', '100', '400')]
for prog, small, large in SCALABLE:
    path = os.path.join(corpus.ROOT, prog)
    print(prog, small, residual(path, [small]), large, residual(path, [large]), flush=True)
CYC = ['b_gc_cycles', 'b_gc_nqueens', 'c_repr_nested', 'dicts_methods', 'g_cls_bound_methods', 'g_exc_recursion',
       'g_gc_dlist', 'g_gc_lru_cache', 'g_gc_parent_tree', 'g_gc_richards', 'g_gc_spreadsheet', 'g_gc_trie', 'g_gc_union_find']
for name in CYC:
    path = os.path.join(corpus.ROOT, 'tests', 'programs', name + '.py')
    print(name, corpus.args_of(path), residual(path, corpus.args_of(path)), flush=True)
