"""tools/rcops.py, which shows the reference-count updates in a refcount plan's generated
C, on C written the way RPython's C backend writes it for each kind of plan (nothing is
translated here; tests/e2e/test_gc.py runs the tool on a real build)."""

import importlib.util
import os

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

spec = importlib.util.spec_from_file_location('rcops', os.path.join(ROOT, 'tools',
                                                                      'rcops.py'))
rcops = importlib.util.module_from_spec(spec)
spec.loader.exec_module(rcops)

PLAIN = '''
struct pypy_object0 *pypy_g_f(struct pypy_object0 *l_x) {
\tSigned l_v1; Signed l_v2; Signed l_v3; Signed l_v4;
\t/* block0 */
\tl_v1 = RPyField(l_hdr_1, h_refcount);
\tOP_INT_ADD(l_v1, 1L, l_v2);
\tRPyField(l_hdr_1, h_refcount) = l_v2;
\tl_v3 = RPyField(l_hdr_2, h_refcount);
\tOP_INT_SUB(l_v3, 1L, l_v4);
\tRPyField(l_hdr_2, h_refcount) = l_v4;
\tRPyField(l_hdr_3, h_refcount) = 1L;
\tOP_INT_ADD(l_i, 1L, l_j);
\treturn l_x;
}
void pypy_g_g(void) {
\tgclab_rc_incref(l_adr_1);
\tl_v = gclab_rc_decref_mortal(l_adr_2);
}
'''


def test_updates_of_plain_and_atomic_plans(tmp_path):
    path = tmp_path / 'f.c'
    path.write_text(PLAIN)
    found = rcops.functions([str(path)])
    assert sorted(found) == ['pypy_g_f', 'pypy_g_g']
    plain = rcops.updates(found['pypy_g_f'])
    # the store of 1L and the increment of an ordinary variable are no updates
    assert [(kind, var) for i, kind, var in plain] == [('inc', 'l_hdr_1'),
                                                       ('dec', 'l_hdr_2')]
    atomic = rcops.updates(found['pypy_g_g'])
    assert [kind for i, kind, var in atomic] == ['inc', 'dec']


def test_a_missing_build_is_a_clear_error():
    with pytest.raises(SystemExit) as e:
        rcops.c_files('no-such-plan')
    assert 'make translate MM=no-such-plan' in str(e.value)
