#!/usr/bin/env python3
"""Translate gclab with one or more memory-manager plans: build/gclab-PLAN.

    tools/translate.py PLAN [PLAN ...]      (or 'all' for every working plan)

Shows progress (plan, RPython phase, elapsed time) and keeps RPython's full output in
build/logs/translate-PLAN.log.  The Makefile calls this only when sources changed."""

import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'gclab', 'gc'))
import plans  # noqa: E402  (the pure-data registry, loaded without the 2.7-only package)

PHASES = [('Annotating', 'annotating'), ('RTyping', 'rtyping'),
          ('backendopt', 'optimizing'), ('GC transformer', 'gc transform'),
          ('database_c', 'generating C'), ('source_c', 'writing C'),
          ('compile_c', 'compiling C'), ('Created', 'linking')]


def phase_of(line, current):
    for marker, name in PHASES:
        if marker in line:
            return name
    return current


def translate(plan, jobs):
    build = os.path.join(ROOT, 'build')
    logs = os.path.join(build, 'logs')
    os.makedirs(logs, exist_ok=True)
    output = os.path.join(build, 'gclab-' + plan.name)
    log_path = os.path.join(logs, 'translate-%s.log' % plan.name)
    usession = os.path.join(build, 'usession', plan.name)
    os.makedirs(usession, exist_ok=True)
    env = dict(os.environ)
    env['PYPY_USESSION_DIR'] = usession
    env['PYPY_USESSION_KEEP'] = '1'
    env['MAKEFLAGS'] = '-j%d' % jobs
    # RPython's own build cache, private to this plan: a translation deletes the shared
    # one as it starts (gclab/gc/rpython_patches.py, private_build_cache)
    cache = os.path.join(build, 'rpython-cache', plan.name)
    cmd = [os.path.join(ROOT, 'tools', 'pypy'), '-m', 'gclab.gc.translate', cache,
           '--batch', '--opt=2',
           '--output', output + '.tmp'] + plan.rpython_options() + \
          [os.path.join(ROOT, 'targets', 'targetgclab.py'), '--mm', plan.name]
    start = time.time()
    phase = 'starting'
    tty = sys.stderr.isatty()
    last_report = 0.0
    with open(log_path, 'w') as log:
        log.write(' '.join(cmd) + '\n')
        log.flush()
        proc = subprocess.Popen(cmd, cwd=build, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True, errors='replace')
        for line in proc.stdout:
            log.write(line)
            phase = phase_of(line, phase)
            now = time.time()
            if tty or now - last_report >= 20:
                last_report = now
                msg = '[translate] %-24s %-14s %5.0f s' % (plan.name, phase, now - start)
                if tty:
                    sys.stderr.write('\r' + msg)
                else:
                    sys.stderr.write(msg + '\n')
                sys.stderr.flush()
        rc = proc.wait()
    elapsed = time.time() - start
    if tty:
        sys.stderr.write('\r')
    if rc != 0 or not os.path.exists(output + '.tmp'):
        sys.stderr.write('[translate] %s FAILED after %.0f s; the last lines of %s:\n'
                         % (plan.name, elapsed, log_path))
        with open(log_path) as f:
            sys.stderr.write(''.join(f.readlines()[-25:]))
        return False
    os.replace(output + '.tmp', output)
    sys.stderr.write('[translate] %-24s done in %.0f s -> build/gclab-%s\n'
                     % (plan.name, elapsed, plan.name))
    return True


def main(argv):
    names = argv[1:]
    if not names:
        sys.stderr.write(__doc__)
        return 2
    if names == ['all']:
        names = [p.name for p in plans.PLANS if p.works()]
    try:
        chosen = [plans.get(n) for n in names]
    except KeyError as e:
        sys.stderr.write('translate: %s\n' % e.args[0])
        return 2
    for plan in chosen:
        if not plan.works():
            sys.stderr.write('translate: plan %s cannot translate: %s\n'
                             % (plan.name, plan.status))
            return 1
    jobs = int(os.environ.get('GCLAB_JOBS', str(os.cpu_count() or 2)))
    ok = True
    for plan in chosen:
        ok = translate(plan, jobs) and ok
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))
