"""Apply a memory-manager plan (gclab.gc.plans) to an RPython translation config.

The target calls install_plan(plan, driver.config) from its target(driver, args),
i.e. before annotation.  By then translate.py has already run set_opt_level(), which
makes the -O level's default GC (incminimark for -O2) a 'user'-owned setting, so a
plain config.translation.set(gc=...) would be refused even when nobody asked for
that GC.  install_plan therefore tells the two cases apart by the option's owner:

  * `--gc=X` given on the command line (owner 'cmdline'): X must be the plan's gc,
    otherwise PlanConflict says which --gc the plan needs;
  * otherwise the GC is the -O level's default: it is taken back and replaced.
"""

from rpython.config.config import ConflictConfigError


class PlanConflict(Exception):
    pass


def _owner(config, name):
    return config._cfgimpl_value_owners[name]   # as set_opt_level() reads it


def set_gc(config, plan):
    tr = config.translation
    if tr.gc == plan.gc:
        return
    if _owner(tr, 'gc') == 'cmdline':
        raise PlanConflict(
            "--gc=%s conflicts with --mm %s, which translates with --gc=%s; "
            "drop --gc (the plan chooses it) or pass --gc=%s"
            % (tr.gc, plan.name, plan.gc, plan.gc))
    # Forget the default GC and what it required (gctransformer), then choose ours;
    # its own requirements (gctransformer, rweakref, gcrootfinder, ...) follow.
    del tr.gc
    del tr.gctransformer
    try:
        tr.set(gc=plan.gc)
    except ConflictConfigError as e:
        raise PlanConflict('--mm %s needs --gc=%s, which conflicts with another '
                           'option given: %s' % (plan.name, plan.gc, e))


def install_plan(plan, config):
    """Set config.translation.gc to plan.gc and, if the plan has project-owned GC
    code (plan.policy), import that module and call its install(config)."""
    if not plan.works():
        raise PlanConflict('plan %s cannot translate: %s' % (plan.name, plan.status))
    set_gc(config, plan)
    if plan.policy is not None:
        module = __import__(plan.policy, None, None, ['install'])
        module.install(config)


def uninstall_plan(plan):
    """Undo what install_plan() did to this process (not to the config): call the
    plan's policy module's uninstall(), which puts RPython's C backend policies back.
    For tests that translate several plans in one process."""
    if plan.policy is not None:
        module = __import__(plan.policy, None, None, ['uninstall'])
        module.uninstall()
