"""RPython target for gclab.

    rpython [rpython options] targets/targetgclab.py --mm PLAN

--mm picks the memory-manager plan from gclab.gc.plans (default: incminimark); the plan
sets RPython's --gc and installs the project's own GC code, if it has any
(gclab.gc.rpython_patches).  Use `make translate MM=PLAN`, which also names the binary
build/gclab-PLAN."""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from gclab.gc import plans

take_options = True


def print_help(config):
    print 'gclab target options:'
    print '  --mm PLAN   the memory-manager plan (default %s):' % plans.DEFAULT
    for plan in plans.PLANS:
        print '      %-32s %s' % (plan.name, plan.description)
    print '  combinations a manager does not support, and why:'
    for plan in plans.UNSUPPORTED:
        print '      %-32s %s' % (plan.name, plan.status)


def parse_mm(args):
    """The plan named by --mm in args; any other argument is an error."""
    name = plans.DEFAULT
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == '--mm' and i + 1 < len(args):
            name = args[i + 1]
            i += 2
        elif arg.startswith('--mm='):
            name = arg[len('--mm='):]
            i += 1
        else:
            raise SystemExit('targetgclab: unknown target option %r (try --help)' % arg)
    try:
        plan = plans.get(name)
    except KeyError as e:
        raise SystemExit('targetgclab: %s' % e.args[0])
    if not plan.works():
        raise SystemExit('targetgclab: plan %s cannot translate: %s'
                         % (plan.name, plan.status))
    return plan


def target(driver, args):
    from gclab.gc import rpython_patches
    plan = parse_mm(args)
    rpython_patches.apply(plan, driver.config)
    # imported only now: the plan is fixed before the VM is imported
    from gclab.interp import accounting
    accounting.configure(plan)
    from gclab.objspace import finalizers, cyclegc
    finalizers.configure(plan)
    cyclegc.configure(plan)
    from gclab.interp.main import entry_point
    from gclab.objspace.space import ObjSpace
    space = ObjSpace(plan.name, threads_enabled=driver.config.translation.thread,
                     plan_kind=plan.kind, plan_gc=plan.rpython_gc)

    def entry(argv):
        return entry_point(space, argv)
    return entry, None


if __name__ == '__main__':
    # untranslated: run the interpreter on the host Python 2.7 (slow; for debugging)
    from gclab.interp.main import entry_point
    from gclab.objspace.space import ObjSpace
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 30000))   # guest frames use several
    sys.exit(entry_point(ObjSpace('untranslated'), sys.argv))
