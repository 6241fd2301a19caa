"""python -m fuzz: differential fuzzing of gclab's translated binaries against python3.

    python -m fuzz run [--n N] [--seed S] [--plans a,b|all] [--bin-dir build] ...
    python -m fuzz gen SEED [--features ...]      print the program of a seed
    python -m fuzz check FILE [--plans ...]       run one program on python3 and the plans
    python -m fuzz shrink FILE --plans P          shrink a failing program (to stdout)

Exit status of run: 0 when every program behaved as on python3, 1 when some failed (or
the generator produced a program python3 cannot run), 2 for bad usage or a missing
binary."""

import argparse
import os
import sys
import time

from fuzz import campaign, gen, runner


def parse_features(text):
    """'+sets,-floats' -> {'sets': True, 'floats': False}"""
    out = {}
    for item in (text or '').split(','):
        item = item.strip()
        if not item:
            continue
        on = not item.startswith('-')
        name = item.lstrip('+-')
        if name not in gen.FEATURES:
            raise ValueError('unknown feature %r (known: %s)' % (name, ', '.join(sorted(gen.FEATURES))))
        out[name] = on
    return out


def log(msg):
    sys.stderr.write('fuzz: %s\n' % msg)
    sys.stderr.flush()


def main(argv=None):
    ap = argparse.ArgumentParser(prog='python -m fuzz', description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest='cmd', required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument('--plans', default='', help="a,b,c or 'all' (default: the headline plans)")
    common.add_argument('--bin-dir', default=os.path.join(campaign.ROOT, 'build'),
                        help='folder of the gclab-PLAN binaries (default: build/)')
    common.add_argument('--timeout', type=float, default=20.0,
                        help='seconds per run; a timeout is a failure (default 20)')
    common.add_argument('--features', default='',
                        help="generator features to switch, e.g. '+sets,-floats'")
    r = sub.add_parser('run', parents=[common], help='a campaign of N generated programs')
    r.add_argument('--n', type=int, default=100)
    r.add_argument('--seed', type=int, default=1)
    r.add_argument('--jobs', type=int, default=1, help='programs run in parallel')
    r.add_argument('--results', default=None,
                   help='results folder (default: results/fuzz-seed<S>-<time>)')
    r.add_argument('--shrink-max', type=int, default=1,
                   help='failures shrunk per plan and kind of failure (0: none)')
    r.add_argument('--shrink-seconds', type=float, default=300)
    r.add_argument('--shrink-tests', type=int, default=1500)
    r.add_argument('--no-determinism-check', action='store_true',
                   help='run python3 once instead of twice (PYTHONHASHSEED 0 and 1)')
    g = sub.add_parser('gen', help='print the program of a seed')
    g.add_argument('seed', type=int)
    g.add_argument('--features', default='')
    c = sub.add_parser('check', parents=[common], help='run one program everywhere')
    c.add_argument('file')
    s = sub.add_parser('shrink', parents=[common], help='shrink a failing program')
    s.add_argument('file')
    s.add_argument('--shrink-seconds', type=float, default=300)
    s.add_argument('--shrink-tests', type=int, default=1500)
    args = ap.parse_args(argv)
    try:
        features = parse_features(args.features)
        if args.cmd == 'gen':
            sys.stdout.write(gen.generate(args.seed, features))
            return 0
        plans = campaign.resolve_plans(args.plans, args.bin_dir)
    except (ValueError, NotImplementedError) as e:
        log(str(e))
        return 2
    if args.cmd == 'run':
        if args.n < 0 or args.seed < 0:
            log('--n and --seed must not be negative')
            return 2
        results = args.results or os.path.join(
            campaign.ROOT, 'results', 'fuzz-seed%d-%s' % (args.seed, time.strftime('%Y%m%d-%H%M%S')))
        c = campaign.Campaign(args.n, args.seed, plans, args.bin_dir, results,
                              timeout=args.timeout, jobs=args.jobs, shrink_max=args.shrink_max,
                              shrink_seconds=args.shrink_seconds, shrink_tests=args.shrink_tests,
                              features=features, determinism=not args.no_determinism_check,
                              log=log)
        try:
            c.run()
        except ValueError as e:
            log(str(e))
            return 2
        sys.stdout.write(c.report())
        sys.stdout.write('results: %s\n' % results)
        return 0 if c.ok() else 1
    if not os.path.isfile(args.file):
        log('no such file: %s' % args.file)
        return 2
    with open(args.file) as f:
        source = f.read()
    expected = runner.run_python3(args.file, args.timeout)
    problem = runner.python3_problem(expected)
    if problem:
        log('%s: %s' % (args.file, problem))
        return 2
    bad = 0
    for plan in plans:
        exe = runner.binary_path(args.bin_dir, plan)
        if not os.access(exe, os.X_OK):
            log('%s is missing' % exe)
            return 2
        got = runner.run([exe, args.file], args.timeout)
        kind = runner.compare(expected, got)
        if args.cmd == 'check':
            print('%-26s %s%s' % (plan, 'ok' if kind is None else 'FAILED ' + kind,
                                  '' if kind is None else ' (python3: %s; gclab: %s)'
                                  % (expected.describe(), got.describe())))
            bad += kind is not None
        elif kind is not None:
            f = campaign.Failure(0, plan, kind, runner.signature(kind, expected, got),
                                 expected, got, source)
            import tempfile
            tmp = tempfile.mkdtemp(prefix='fuzz-shrink-')
            try:
                text, tests = campaign.shrink_failure(f, exe, args.timeout, tmp,
                                                      args.shrink_tests, args.shrink_seconds, log)
            finally:
                import shutil
                shutil.rmtree(tmp, ignore_errors=True)
            log('%d tests' % tests)
            sys.stdout.write(text)
            return 0
    if args.cmd == 'shrink':
        log('the program does not fail on %s' % ', '.join(plans))
        return 1
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
