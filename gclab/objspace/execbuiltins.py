"""globals(), locals(), exec(), eval() and compile() (RPython).

The frame that calls one of these builtins directly makes itself the thread's
ExecutionContext.frame for the call (Frame.call_needing_frame, chosen by the builtin's
needs_frame flag), so no other call pays for finding the caller; called through another
builtin (map(eval, ...)) they have no caller frame and raise a RuntimeError saying so.  Code given to exec/eval/compile as text is
compiled with compile_dynamic: its module-level names use LOAD_NAME/STORE_NAME, which
read and write the frame's class_ns (the locals namespace) and fall back to its
module's names, then the builtins.

Namespaces.  A module's names are an RPython dict (W_Module.dict_w), not a W_Dict, so:
- globals() is a W_GlobalsDict: a snapshot of the module's names, made again at each
  call, whose item assignments and deletions also change the module; exec/eval given it
  as globals run in the module itself;
- exec/eval given another dict as globals run in a new module filled from the dict's
  str keys, and the dict gets the module's names back when the code ends (also by an
  exception): changes made to the dict by others while the code runs are not seen, and
  functions the code defines keep that module as their globals;
- a separate locals dict is copied in and back the same way;
- without dicts, the caller's module and its locals: the module's names at module
  level, the class namespace in a class body, a snapshot of a function's locals (as
  CPython's; assignments to it are not seen by the function).
"""

from gclab.interp.compiler import compile_dynamic
from gclab.interp.error import CompileError, OperationError, TEXT_LINE, TEXT_NONE
from gclab.interp.frame import Frame
from gclab.objspace import freethreading
from gclab.interp.pycode import PyCode
from gclab.objspace.argspec import Spec
from gclab.objspace.dictobject import W_Dict, W_GlobalsDict
from gclab.objspace.function import W_Module, W_BuiltinFunction
from gclab.objspace.objects import W_Cell
from gclab.objspace.strobject import W_Str
from gclab.objspace.bytesobject import bytes_like, decode
from gclab.objspace.tupleobject import W_Tuple
from gclab.objspace.typeobject import W_ExceptionObject

B_GLOBALS = Spec('globals()')
B_LOCALS = Spec('locals()')
B_EXEC = Spec('exec(source, globals=None, locals=None, /)', parsetuple=True)
B_EVAL = Spec('eval(source, globals=None, locals=None, /)')
B_COMPILE = Spec('compile(source, filename, mode, flags=0, dont_inherit=False, '
                 'optimize=-1)')
SYNTAX_ERROR_STR = Spec('SyntaxError.__str__($self, /)', slot=True)


def install(space):
    for name, impl in [('globals', b_globals), ('locals', b_locals), ('exec', b_exec),
                       ('eval', b_eval), ('compile', b_compile)]:
        space.builtins_w[name] = W_BuiltinFunction(name, impl, None, needs_frame=True)
    space.w_SyntaxError.dict_w['__str__'] = space.wrap_builtin(
        '__str__', syntax_error_str, space.w_SyntaxError)
    install_builtins_module(space)


def caller_frame(space):
    """The frame that called the builtin directly (Frame.call_needing_frame)."""
    frame = space.current_ec().frame
    if frame is None:
        raise space.error(space.w_RuntimeError,
                          'gclab: globals(), locals(), exec() and eval() must be called '
                          'directly from Python code, not through another builtin such '
                          'as map() (docs/language.md)')
    return frame


def globals_dict(space, w_module):
    """The module's dict: made at the first call, the same object from then on."""
    w_dict = w_module.w_names_dict
    if w_dict is not None:
        return w_dict
    w_dict = W_GlobalsDict(space, w_module)
    for name, w_value in w_module.dict_w.items():
        w_dict.data[space.newstr(name)] = w_value
    w_module.w_names_dict = w_dict
    if space.track_classes and space.modules_w.get(w_module.name, None) is not w_module:
        # the module and its dict refer to each other: a module that is not imported
        # (types.ModuleType(...), exec's) is released at exit (interp/accounting.py)
        held = freethreading.lock_state(freethreading.REGISTRIES)
        space.exec_modules_w.append(w_module)
        freethreading.unlock_state(freethreading.REGISTRIES, held)
    return w_dict


def dict_of(space, names_w):
    w_dict = space.newdict()
    assert isinstance(w_dict, W_Dict)
    for name, w_value in names_w.items():
        w_dict.data[space.newstr(name)] = w_value
    return w_dict


def names_of(w_dict):
    """The str keys of a dict and their values."""
    names_w = {}
    for w_key, w_value in w_dict.pairs():
        if isinstance(w_key, W_Str):
            names_w[w_key.utf8()] = w_value
    return names_w


def copy_back(space, names_w, w_dict):
    """Make the str keys of w_dict those of names_w, with their values (under the
    dict's lock: exact str keys compare without guest code)."""
    held = freethreading.lock(w_dict)
    try:
        doomed_w = []
        for w_key in w_dict.data.keys():
            if isinstance(w_key, W_Str) and w_key.utf8() not in names_w:
                doomed_w.append(w_key)
        for w_key in doomed_w:
            del w_dict.data[w_key]
        for name, w_value in names_w.items():
            w_dict.data[space.newstr(name)] = w_value
    finally:
        freethreading.unlock(w_dict, held)


def fast_locals(frame):
    """A snapshot of a function frame's locals: its fast locals and cells."""
    code = frame.code
    names_w = {}
    for i in range(len(code.varnames)):
        w_value = frame.locals_w[i]
        if w_value is not None:
            names_w[code.varnames[i]] = w_value
    cells_w = frame.cells_w
    if cells_w is not None:
        names = code.cellvars + code.freevars
        for i in range(len(names)):
            cell = cells_w[i]
            assert isinstance(cell, W_Cell)
            if cell.w_value is not None:
                names_w[names[i]] = cell.w_value
    return names_w


def is_module_frame(frame):
    return frame.class_ns is frame.w_module.dict_w or \
        (frame.class_ns is None and frame.code.name == '<module>')


def caller_locals(frame):
    """The names that locals() shows, as an RPython dict (the live one at module level
    and in a class body)."""
    if is_module_frame(frame):
        return frame.w_module.dict_w
    if frame.class_ns is not None:
        return frame.class_ns
    return fast_locals(frame)


def b_globals(space, args):
    B_GLOBALS.unpack(space, args)
    return globals_dict(space, caller_frame(space).w_module)


def b_locals(space, args):
    B_LOCALS.unpack(space, args)
    return frame_locals(space, caller_frame(space))


def locals_or_none(space):
    """locals() for vars() and dir() without an argument (gclab.objspace.builtins,
    which are called with needs_frame too), or None when they were not called directly
    from Python code."""
    frame = space.current_ec().frame
    if frame is None:
        return None
    return frame_locals(space, frame)


def frame_locals(space, frame):
    if is_module_frame(frame):
        return globals_dict(space, frame.w_module)
    if frame.w_namespace is not None:       # a class body's __prepare__ mapping
        return frame.w_namespace
    return dict_of(space, caller_locals(frame))


# --- compile, exec, eval ---------------------------------------------------------------

def compile_text(space, source, filename, mode):
    try:
        return compile_dynamic(space, source, filename, mode)
    except CompileError as e:
        raise syntax_error(space, e, filename, source, mode)


def syntax_error(space, e, filename, source, mode):
    """CPython's SyntaxError: args (msg, (filename, lineno, offset, text)); the text
    ends with a newline, except the last line of an expression for eval."""
    lines = source.split('\n')
    text = ''
    # CPython reads the line from the file named filename; without one (a name such
    # as '<string>'), the compiler's errors have no text and the tokenizer's most often
    # the line without its newline
    text_mode = TEXT_LINE
    if filename.startswith('<'):
        text_mode = e.text_mode
    if 1 <= e.lineno <= len(lines):
        text = lines[e.lineno - 1]
        if (mode != 'eval' or e.lineno < len(lines)) and text_mode == TEXT_LINE:
            text += '\n'
    w_text = space.newstr(text)
    if text_mode == TEXT_NONE:
        w_text = space.w_None
    w_type = space.exception_types_w.get(e.kind, space.w_SyntaxError)
    w_msg = space.newstr(e.msg)
    w_details = space.newtuple([space.newstr(filename), space.newint(e.lineno),
                                space.newint(e.col + 1), w_text])
    assert isinstance(w_details, W_Tuple)
    w_exc = space.new_exception(w_type, [w_msg, w_details])
    for name, w_value in [('msg', w_msg), ('filename', w_details.items_w[0]),
                          ('lineno', w_details.items_w[1]),
                          ('offset', w_details.items_w[2]),
                          ('text', w_details.items_w[3])]:
        space.setattr(w_exc, name, w_value)
    return OperationError(w_exc)


def syntax_error_str(space, args):
    """SyntaxError.__str__: 'msg (filename, line N)' as CPython's."""
    if len(args.args_w) == 0 or \
            not space.exception_is(args.args_w[0], space.w_SyntaxError):
        raise space.error(space.w_TypeError, "descriptor '__str__' requires a "
                          "'SyntaxError' object")
    w_exc = args.args_w[0]
    SYNTAX_ERROR_STR.check(space, args)
    assert isinstance(w_exc, W_ExceptionObject)
    # CPython's SyntaxError_str: from the attributes msg, filename (its base name) and
    # lineno (an exact int)
    msg = space.str_str(space.getattr(w_exc, 'msg'))
    w_filename = space.getattr(w_exc, 'filename')
    filename = None
    if isinstance(w_filename, W_Str):
        filename = w_filename.utf8()
        slash = filename.rfind('/')
        if slash >= 0:
            start = slash + 1
            assert start >= 0
            filename = filename[start:]
    w_lineno = space.getattr(w_exc, 'lineno')
    lineno = None
    if space.type(w_lineno) is space.w_int:
        lineno = space.str_str(w_lineno)
    if filename is not None and lineno is not None:
        return space.newstr('%s (%s, line %s)' % (msg, filename, lineno))
    if filename is not None:
        return space.newstr('%s (%s)' % (msg, filename))
    if lineno is not None:
        return space.newstr('%s (line %s)' % (msg, lineno))
    return space.newstr(msg)


def code_of(space, w_source, fname, mode):
    if isinstance(w_source, PyCode):
        return w_source
    if isinstance(w_source, W_Str):
        return compile_text(space, w_source.utf8(), '<string>', mode)
    data = bytes_like(w_source)
    if data is not None:
        return compile_text(space, decode(space, data, 'utf-8', 'strict'), '<string>',
                            mode)
    raise space.error(space.w_TypeError, '%s() arg 1 must be a string, bytes or code '
                      'object' % fname)


def b_compile(space, args):
    values_w = B_COMPILE.values(space, args)
    w_source = values_w[0]
    filename = space.str_w(values_w[1])
    mode = space.str_w(values_w[2])
    if mode != 'exec' and mode != 'eval' and mode != 'single':
        raise space.error(space.w_ValueError,
                          "compile() mode must be 'exec', 'eval' or 'single'")
    data = bytes_like(w_source)
    if data is not None:
        return compile_text(space, decode(space, data, 'utf-8', 'strict'), filename,
                            mode)
    if not isinstance(w_source, W_Str):
        raise space.error(space.w_TypeError, 'compile() arg 1 must be a string, bytes or '
                          'AST object')
    return compile_text(space, w_source.utf8(), filename, mode)


def b_exec(space, args):
    args_w = B_EXEC.unpack(space, args)
    run_source(space, args_w, 'exec')
    return space.w_None


def b_eval(space, args):
    args_w = B_EVAL.unpack(space, args)
    return run_source(space, args_w, 'eval')


def run_source(space, args_w, fname):
    w_globals = None
    w_locals = None
    if len(args_w) > 1 and args_w[1] is not space.w_None:
        w_globals = args_w[1]
    if len(args_w) > 2 and args_w[2] is not space.w_None:
        w_locals = args_w[2]
    w_globals_dict = None       # the globals' dict (a dict subclass's: its dict)
    if w_globals is not None:
        w_globals_dict = w_globals.builtin_value()
        if not isinstance(w_globals_dict, W_Dict):
            if fname == 'exec':
                raise space.error(space.w_TypeError, 'exec() globals must be a dict, '
                                  'not %s' % space.type(w_globals).name)
            if is_mapping(space, w_globals):
                raise space.error(space.w_TypeError, 'globals must be a real dict; try '
                                  'eval(expr, {}, mapping)')
            raise space.error(space.w_TypeError, 'globals must be a dict')
    if w_locals is w_globals:
        w_locals = None             # (the code's names are then the module's)
    w_namespace = None          # locals a mapping other than a dict: read and written
    if w_locals is not None and not isinstance(w_locals, W_Dict):   # as the code runs
        if not is_mapping(space, w_locals):
            if fname == 'exec':
                raise space.error(space.w_TypeError, 'locals must be a mapping or None, '
                                  'not %s' % space.type(w_locals).name)
            raise space.error(space.w_TypeError, 'locals must be a mapping')
        w_namespace = w_locals
        w_locals = None
    code = code_of(space, args_w[0], fname, fname)
    frame = caller_frame(space)
    if w_globals_dict is None:
        w_module = frame.w_module
    elif isinstance(w_globals_dict, W_GlobalsDict):
        w_module = w_globals_dict.w_module
    else:
        assert isinstance(w_globals_dict, W_Dict)
        w_module = W_Module('<exec>')
        w_module.dict_w = names_of(w_globals_dict)
        if '__builtins__' not in w_module.dict_w:
            w_module.dict_w['__builtins__'] = space.modules_w['builtins']
        if space.track_classes:
            # the functions the code defines hold the module as their globals, and
            # the module holds them: a cycle, released at exit as __main__'s is
            held = freethreading.lock_state(freethreading.REGISTRIES)
            space.exec_modules_w.append(w_module)
            freethreading.unlock_state(freethreading.REGISTRIES, held)
    if w_namespace is not None:
        names_w = {}
    elif w_locals is None:
        if w_globals is None:
            names_w = caller_locals(frame)
        else:
            names_w = w_module.dict_w
    elif isinstance(w_locals, W_GlobalsDict):
        names_w = w_locals.w_module.dict_w
    else:
        assert isinstance(w_locals, W_Dict)
        names_w = names_of(w_locals)
    try:
        return run_code(space, code, w_module, names_w, w_namespace)
    finally:
        if isinstance(w_globals_dict, W_Dict):
            copy_back(space, w_module.dict_w, w_globals_dict)
        if isinstance(w_locals, W_Dict):
            copy_back(space, names_w, w_locals)
            if isinstance(w_locals, W_GlobalsDict):
                w_locals.w_module.changed()


def is_mapping(space, w_obj):
    """What exec() and eval() accept as locals: an object whose class has
    __getitem__ (CPython's PyMapping_Check)."""
    return isinstance(w_obj, W_Dict) or space.type(w_obj).lookup('__getitem__') is not None


def run_code(space, code, w_module, names_w, w_namespace):
    frame = Frame(space, code, w_module, None)
    frame.class_ns = names_w
    frame.w_namespace = w_namespace     # the code's names go through its __getitem__,
    return space.run_frame(frame, True)     # __setitem__ and __delitem__ (frame.py)


def install_builtins_module(space):
    """The builtins module, made at start-up (a module made at run time would stay
    in sys.modules: one object more at exit): what `import builtins` gives and what
    CPython stores as a globals dict's '__builtins__'."""
    w_module = space.new_module('builtins')
    w_module.dict_w = space.builtins_w
    w_module.is_builtins = True
    space.w_builtins_module = w_module
    # as CPython's: what a class body made by exec() with a bare globals dict finds
    # as __name__ (its __module__ is then 'builtins')
    space.builtins_w['__name__'] = space.newstr('builtins')
    space.modules_w['builtins'] = w_module
