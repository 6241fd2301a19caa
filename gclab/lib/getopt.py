# gclab's getopt module, written for gclab after CPython 3.11's documented interface:
# getopt (stops at the first non-option argument), gnu_getopt (options and arguments
# intermixed; '+' at the start of shortopts or POSIXLY_CORRECT in os.environ stops at
# the first non-option), GetoptError (= error) with CPython's messages and its msg/opt
# attributes.  Long options may be abbreviated to a unique prefix, as in CPython.
# What differs from CPython: messages are not passed through gettext.

import os

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Parse command line options; stop at the first argument that is not an option."""
    opts = []
    longopts = _long_list(longopts)
    args = list(args)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            args = _do_long(opts, args[0][2:], longopts, args[1:])
        else:
            args = _do_short(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """gnu_getopt(args, options[, long_options]) -> opts, args

    Like getopt(), but options and non-option arguments may be intermixed."""
    opts = []
    rest = []
    longopts = _long_list(longopts)
    args = list(args)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        options_first = True
    elif os.environ.get('POSIXLY_CORRECT'):
        options_first = True
    else:
        options_first = False
    while args:
        arg = args[0]
        if arg == '--':
            rest.extend(args[1:])
            break
        if arg[:2] == '--':
            args = _do_long(opts, arg[2:], longopts, args[1:])
        elif arg[:1] == '-' and arg != '-':
            args = _do_short(opts, arg[1:], shortopts, args[1:])
        elif options_first:
            rest.extend(args)
            break
        else:
            rest.append(arg)
            args = args[1:]
    return opts, rest


def _do_long(opts, opt, longopts, args):
    eq = opt.find('=')
    if eq >= 0:
        value = opt[eq + 1:]
        opt = opt[:eq]
    else:
        value = None
    takes_arg, opt = _match_long(opt, longopts)
    if takes_arg:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % opt, opt)
            value = args[0]
            args = args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % opt, opt)
    opts.append(('--' + opt, value or ''))
    return args


def _match_long(opt, longopts):
    """(whether the option takes an argument, its full name) for a possibly
    abbreviated long option."""
    candidates = [o for o in longopts if o.startswith(opt)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % opt, opt)
    if opt in candidates:
        return False, opt
    if opt + '=' in candidates:
        return True, opt
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    name = candidates[0]
    if name.endswith('='):
        return True, name[:-1]
    return False, name


def _do_short(opts, letters, shortopts, args):
    while letters != '':
        opt = letters[0]
        letters = letters[1:]
        if _short_takes_arg(opt, shortopts):
            if letters == '':
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                letters = args[0]
                args = args[1:]
            value = letters
            letters = ''
        else:
            value = ''
        opts.append(('-' + opt, value))
    return args


def _short_takes_arg(opt, shortopts):
    for i in range(len(shortopts)):
        if shortopts[i] == opt and opt != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)
