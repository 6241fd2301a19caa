"""Command line of the benchmark harness: `python -m bench [options]`."""

import argparse
import datetime
import os
import shlex
import sys

from bench import REPO_ROOT, load_plans, report
from bench.runner import (Subject, binary_path, check_output, find_python3, measure,
                          plan_subject, schedule)
from bench.stats import cell_summaries

# Default program arguments by program file name: (normal, --quick).
DEFAULT_ARGS = {'fib.py': ('30', '25')}

EPILOG = """\
Each subject is run once first and its stdout compared with python3's; a subject that
differs or exits non-zero is reported FAILED and not timed.  Timed runs are interleaved
(A B C A B C ...).  Exit status: 0 if all went well, 1 if a subject FAILED, 2 on a usage
error, a missing binary (unless --allow-missing) or a program python3 cannot run."""


def parse_args(argv, registry):
    p = argparse.ArgumentParser(
        prog='python -m bench', epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description='Time programs on the build/gclab-<plan> binaries and on python3. '
                    'Plans: ' + ', '.join(registry.names()) + '.')
    p.add_argument('--plans', default=None, metavar='LIST',
                   help="comma-separated plan names, or 'all' (every plan with status "
                        "ok); default: the headline plans with status ok")
    p.add_argument('--programs', default='examples/fib.py', metavar='LIST',
                   help='comma-separated program paths (default: %(default)s)')
    p.add_argument('--args', default=None, metavar='ARGS',
                   help="program arguments, one shell-quoted string, for every program "
                        "(default: '30' for fib.py, '25' with --quick, none otherwise)")
    p.add_argument('--reps', type=int, default=None, metavar='N',
                   help='timed repetitions per cell (default 5, 3 with --quick)')
    p.add_argument('--warmup', type=int, default=1, metavar='N',
                   help='warm-up runs per cell before timing (default: %(default)s)')
    p.add_argument('--baseline', default=registry.DEFAULT, metavar='PLAN',
                   help='plan the ×baseline column compares with (default: %(default)s)')
    p.add_argument('--no-python3', action='store_true',
                   help='do not time the python3 peer (its output is still the reference)')
    p.add_argument('--python3', default=None, metavar='PATH',
                   help='python3 interpreter of the peer (default: the real python3 '
                        'behind this venv)')
    p.add_argument('--quick', action='store_true', help='reps 3, fib 25')
    p.add_argument('--out', default=None, metavar='DIR',
                   help='directory for results.json and results.csv '
                        '(default: results/<timestamp>/)')
    p.add_argument('--build-dir', default='build/', metavar='DIR',
                   help='where the gclab-<plan> binaries are (default: %(default)s)')
    p.add_argument('--allow-missing', action='store_true',
                   help='report missing binaries and go on without them')
    p.add_argument('--gc-stats', action='store_true',
                   help='pass --gc-stats to the binaries and keep their GCLAB_STATS lines')
    args = p.parse_args(argv)
    if args.reps is None:
        args.reps = 3 if args.quick else 5
    if args.reps < 1 or args.warmup < 0:
        p.error('--reps must be >= 1 and --warmup >= 0')
    try:
        args.plan_list = select_plans(args.plans, registry)
        registry.get(args.baseline)
    except KeyError as e:
        p.error(e.args[0])
    args.program_list = [s.strip() for s in args.programs.split(',') if s.strip()]
    if not args.program_list:
        p.error('--programs is empty')
    return args


def select_plans(spec, registry):
    if spec is None:
        return [p for p in registry.PLANS if p.headline and p.works()]
    if spec == 'all':
        for p in registry.PLANS:
            if not p.works():
                log('skipping plan %s (%s)' % (p.name, p.status))
        return [p for p in registry.PLANS if p.works()]
    return [registry.get(name.strip()) for name in spec.split(',') if name.strip()]


def program_args(args, program):
    if args.args is not None:
        return shlex.split(args.args)
    default = DEFAULT_ARGS.get(os.path.basename(program))
    return [default[1] if args.quick else default[0]] if default else []


def log(message):
    print(message, file=sys.stderr, flush=True)


def run_record(run, program, prog_args, subject, phase, rep):
    return {'program': program, 'args': prog_args, 'subject': subject.name,
            'kind': subject.kind, 'phase': phase, 'rep': rep, 'argv': run.argv,
            'returncode': run.returncode, 'wall_s': run.wall_s, 'user_s': run.user_s,
            'sys_s': run.sys_s, 'maxrss_kb': run.maxrss_kb, 'gc_stats': run.gc_stats}


def main(argv=None):
    registry = load_plans()
    args = parse_args(argv, registry)

    # The subjects; a missing binary is never skipped silently.
    subjects, missing = [], []
    for plan in args.plan_list:
        path = binary_path(args.build_dir, plan.name)
        if os.path.isfile(path) and os.access(path, os.X_OK):
            subjects.append(plan_subject(args.build_dir, plan.name, args.gc_stats))
        else:
            log('MISSING %s (run make translate MM=%s)' % (path, plan.name))
            missing.append(plan.name)
    if missing and not args.allow_missing:
        return 2
    python3 = args.python3 or find_python3()
    peer = Subject('python3', [python3], 'python3')
    if not args.no_python3:
        subjects.append(peer)
    if args.baseline not in [s.name for s in subjects]:
        log('note: baseline %s is not among the subjects; ×baseline is left empty'
            % args.baseline)
    for program in args.program_list:
        if not os.path.isfile(program):
            log('no such program: %s' % program)
            return 2

    out_dir = args.out or os.path.join(
        'results', datetime.datetime.now().strftime('%Y%m%d-%H%M%S'))
    os.makedirs(out_dir, exist_ok=True)

    # Check every subject's output against python3's before timing anything.
    runs, cells, timed_cells = [], [], []
    for program in args.program_list:
        prog_args = program_args(args, program)
        reference = measure(peer.argv(program, prog_args))
        runs.append(run_record(reference, program, prog_args, peer, 'check', 0))
        if reference.returncode != 0:
            log('python3 cannot run %s (exit %d):\n%s'
                % (program, reference.returncode, reference.stderr))
            return 2
        for name in missing:
            cells.append({'program': program, 'subject': name, 'status': 'MISSING',
                          'reason': 'no binary %s' % binary_path(args.build_dir, name)})
        for subject in subjects:
            if subject is peer:
                reason = None
            else:
                run = measure(subject.argv(program, prog_args))
                runs.append(run_record(run, program, prog_args, subject, 'check', 0))
                reason = check_output(run, reference)
            if reason:
                log('FAILED %s on %s: %s' % (subject.name, program, reason))
            cell = {'program': program, 'subject': subject.name,
                    'status': 'FAILED' if reason else 'ok', 'reason': reason}
            cells.append(cell)
            if not reason:
                timed_cells.append((program, prog_args, subject))

    # The interleaved matrix.
    order = schedule(timed_cells, args.reps, args.warmup)
    for n, (phase, rep, (program, prog_args, subject)) in enumerate(order, 1):
        run = measure(subject.argv(program, prog_args))
        runs.append(run_record(run, program, prog_args, subject, phase, rep))
        log('[%d/%d] %s %d %s %s: %.3f s%s' % (
            n, len(order), phase, rep, program, subject.name, run.wall_s,
            '' if run.returncode == 0 else ' (exit %d)' % run.returncode))

    summaries = cell_summaries(runs, cells, args.baseline)
    print('%d timed reps, %d warm-up; baseline %s; %s\n' % (
        args.reps, args.warmup, args.baseline,
        'python3 peer: %s' % python3 if not args.no_python3 else 'no python3 peer'))
    print(report.markdown_table(summaries))
    options = {k: v for k, v in vars(args).items() if k != 'plan_list'}
    options['plans'] = [p.name for p in args.plan_list]
    options['python3'] = python3
    document = {
        'schema': report.SCHEMA,
        'created': datetime.datetime.now().astimezone().isoformat(),
        'command': [sys.executable, '-m', 'bench'] + list(
            sys.argv[1:] if argv is None else argv),
        'options': options,
        'machine': report.machine_info(),
        'git_commit': report.git_commit(REPO_ROOT),
        'plans': report.plan_dicts(registry.PLANS),
        'subjects': [{'name': s.name, 'kind': s.kind, 'command': s.command}
                     for s in subjects],
        'cells': summaries,
        'runs': runs,
    }
    report.write_json(os.path.join(out_dir, 'results.json'), document)
    report.write_csv(os.path.join(out_dir, 'results.csv'), runs)
    print('\nresults: %s' % os.path.join(out_dir, 'results.json'))
    return 1 if any(c['status'] == 'FAILED' for c in cells) else 0


if __name__ == '__main__':
    sys.exit(main())
