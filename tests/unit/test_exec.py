"""globals(), locals(), exec(), eval() and compile() (gclab/objspace/execbuiltins.py).
The corpus programs tests/programs/l_exec_*.py compare much more with python3."""

import pytest

from gclab.interp.compiler import compile_dynamic
from gclab.interp.disasm import disassemble
from gclab.interp.error import CompileError
from gclab.objspace.space import ObjSpace


def dis(source, mode):
    space = ObjSpace('untranslated')
    return disassemble(space, compile_dynamic(space, source, '<string>', mode))


def test_exec_code_looks_module_names_up_by_name():
    text = dis('x = y\ndef f():\n    return x\n', 'exec')
    assert 'STORE_NAME' in text and 'LOAD_NAME' in text
    assert 'LOAD_GLOBAL' in text[text.index('Disassembly of f'):]


def test_eval_code_returns_the_expression():
    text = dis('  a + 1', 'eval')
    assert text.splitlines()[-1].split()[-1] == 'RETURN_VALUE'
    assert 'LOAD_NAME' in text and 'LOAD_CONST' in text


@pytest.mark.parametrize('source', ['x = 1', 'pass', '1; 2', 'if x: y', ''])
def test_eval_takes_only_an_expression(source):
    with pytest.raises(CompileError):
        dis(source, 'eval')


def test_the_caller_frame_is_restored_after_calls_and_generators(run):
    r = run('x = "module"\n'
            'def g():\n'
            '    yield 1\n'
            '    raise ValueError\n'
            'def f():\n'
            '    x = "f"\n'
            '    it = g()\n'
            '    next(it)\n'
            '    try:\n'
            '        next(it)\n'
            '    except ValueError:\n'
            '        pass\n'
            '    return eval("x")\n'
            'print(f(), eval("x"), sorted(locals()) == sorted(globals()))')
    assert r.out == 'f module True\n'
    assert r.status == 0


def test_globals_writes_reach_functions_that_cached_the_name(run):
    # LOAD_GLOBAL caches values by module version: a write through globals() must
    # make a new version
    r = run('v = 1\n'
            'def f():\n'
            '    return v\n'
            'print(f())\n'
            'globals()["v"] = 2\n'
            'print(f())\n'
            'del globals()["v"]\n'
            'try:\n'
            '    f()\n'
            'except NameError as e:\n'
            '    print(e)')
    assert r.out == "1\n2\nname 'v' is not defined\n"


def test_exec_with_a_dict_copies_names_back_on_an_exception(run):
    r = run('d = {"a": 1, 5: "int key"}\n'
            'try:\n'
            '    exec("b = a + 1\\ndel a\\nraise KeyError(b)", d)\n'
            'except KeyError as e:\n'
            '    print(e)\n'
            'print(sorted(k for k in d if isinstance(k, str) and k != "__builtins__"), d[5])')
    assert r.out == "2\n['b'] int key\n"


def test_functions_defined_by_exec_keep_their_module(run):
    # a documented difference: the dict is copied into a module and back, so a later
    # change to the dict is not seen by the function (CPython: it is)
    r = run('d = {}\n'
            'exec("def f():\\n    return y\\ny = 1", d)\n'
            'd["y"] = 2\n'
            'print(d["f"]())')
    assert r.out == '1\n'


def test_called_through_another_builtin_is_a_clear_error(run):
    """Only a direct call from Python code registers the calling frame (the cost of
    finding the caller is paid by these builtins alone)."""
    r = run("f = eval\nprint(f('1 + 1'))\nprint(list(map(eval, ['2 * 3'])))")
    assert r.out == '2\n'
    assert r.status == 1
    assert r.err.endswith('RuntimeError: gclab: globals(), locals(), exec() and eval() '
                          'must be called directly from Python code, not through another '
                          'builtin such as map() (docs/language.md)\n')


def test_called_with_star_arguments(run):
    r = run("x = 5\nargs = ('x * 2',)\nprint(eval(*args), eval(*args, **{}))")
    assert (r.status, r.out) == (0, '10 10\n')
