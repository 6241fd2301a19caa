"""Command line of the benchmark harness: `python -m bench [options]`, and
`python -m bench compare A.json B.json`."""

import argparse
import datetime
import os
import shlex
import sys

from bench import REPO_ROOT, load_plans, report, workloads as wl
from bench.runner import (DEFAULT_TIMEOUT, PEERS, PYPY3_DIR, Subject, binary_path,
                          check_output, find_python3, launcher, measure, peer_version, plan_subject,
                          pypy3_subjects, schedule, translate_missing)
from bench.stats import cell_summaries

FLOOR = 'none'   # the plan without memory management: the ×none column

EPILOG = """\
suites (--suite; default: all of them, unless --programs is given):
  fib       bench/programs/fib.py 30 (25 with --quick)
  threads   the Gilectomy's experiment, N threads for N in --threads-n (1,2,4), three
            series (a table and a chart each), run on the plans whose threads == 'ok'
            (but the implied floor none) and on the peers:
              threaded_fib.py N K      each thread computes fib(K); they share the
                                       function, its code and the globals
              threaded_fib_own.py N K  the same, each thread with its own copy of fib
                                       (function, code object, globals): the scaling
                                       ceiling
              threaded_shared.py N K'  each thread makes K' rounds of updates to one
                                       shared list and one shared dict
            K = --threads-k (default %(k)d, sized for a run of minutes; %(kq)d with
            --quick; 34: one thread takes about 1 s on incminimark); K' = %(sk)d at
            K = %(k)d, times 1.618 per step of K (as fib's work), so that the three
            series take about as long.
  programs  every bench/programs/*.py (--programs-dir) but those of the fib and
            threads suites, with the arguments of its `# bench-args: ...` comment
            (first %(lines)d lines; `# bench-args-quick: ...` for --quick), else a
            default from a small table, else none.

subjects: the plans (--plans; by default the headline plans, every free-threaded
(-nogil) plan and its GIL build -- the same manager and allocator with a GIL, so that
the threads tables and charts show the two side by side -- all with status ok, and the
plan none, the floor of the ×none column, which runs the threads suite only as the
GIL build of none-nogil or when named), and the peers (--peers): python3 (the real
interpreter), pypy3 and pypy3-nojit (`pypy3 --jit off`; Debian's PyPy 3 installed
into .toolchain/pypy3 by `bash tools/setup_peers.sh`; a notice if absent).  Plans whose
binaries are missing are translated first with tools/translate.py (--no-translate).
The gclab binaries run with --gc-stats; the GC columns are medians of its counters.

Each subject is run once first and its stdout compared with python3's; a subject that
differs or exits non-zero is reported FAILED and not timed.  Timed runs are interleaved
(A B C A B C ...).  A warm-up or timed run that exits non-zero, is ended by a signal or
outlives --timeout (then its process group is killed) fails its cell: FAILED (exit N),
FAILED (signal SIGSEGV), FAILED (timeout after S s); the cell is not run again, and
none of its runs enter a median or a ratio.  Outputs in --out (default
results/<timestamp>/): results.json, results.csv and PNG charts (if matplotlib is
installed: bench/requirements.txt).
Exit status: 0 if all went well, 1 if a cell FAILED, 2 on a usage error, a missing
binary (unless --allow-missing) or a program python3 cannot run.

`python -m bench compare A.json B.json` compares two result sets (see its --help)."""


def parse_args(argv, registry):
    p = argparse.ArgumentParser(
        prog='python -m bench',
        epilog=EPILOG % {'k': wl.THREADS_K, 'kq': wl.THREADS_K - wl.THREADS_QUICK_DROP,
                         'sk': wl.SHARED_K, 'lines': wl.COMMENT_LINES},
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description='Time workloads on the build/gclab-<plan> binaries and on the peers '
                    '(python3, pypy3, pypy3 --jit off).  Plans: '
                    + ', '.join(registry.names()) + '.')
    p.add_argument('--plans', default=None, metavar='LIST',
                   help="comma-separated plan names, or 'all' (every plan with status "
                        "ok); default: the headline plans, every free-threaded (-nogil) "
                        "plan and its GIL build, all with status ok, and none")
    p.add_argument('--suite', default=None, metavar='LIST',
                   help="comma-separated suites: fib, threads, programs, or default "
                        "(all three; the default unless --programs is given)")
    p.add_argument('--programs', default=None, metavar='LIST',
                   help='comma-separated program paths to run as well (alone, unless '
                        '--suite is given)')
    p.add_argument('--args', default=None, metavar='ARGS',
                   help="arguments, one shell-quoted string, for every program of "
                        "--programs (default: each program's default arguments)")
    p.add_argument('--programs-dir', default=wl.PROGRAMS_DIR, metavar='DIR',
                   help='the programs suite\'s folder (default: bench/programs)')
    p.add_argument('--threads-k', type=int, default=None, metavar='K',
                   help='K of the threads suite: threaded_fib.py N K and '
                        'threaded_fib_own.py N K, threaded_shared.py N K\' with K\' = '
                        '%d x 1.618^(K - %d) (default %d, %d with --quick)'
                        % (wl.SHARED_K, wl.THREADS_K, wl.THREADS_K,
                           wl.THREADS_K - wl.THREADS_QUICK_DROP))
    p.add_argument('--threads-n', default=','.join(str(n) for n in wl.THREADS_N),
                   metavar='LIST', help='thread counts of the threads suite '
                                        '(default: %(default)s)')
    p.add_argument('--reps', type=int, default=None, metavar='N',
                   help='timed repetitions per cell (default 5, 3 with --quick)')
    p.add_argument('--warmup', type=int, default=1, metavar='N',
                   help='warm-up runs per cell before timing (default: %(default)s)')
    p.add_argument('--baseline', default=registry.DEFAULT, metavar='PLAN',
                   help='plan the ×baseline column compares with (default: %(default)s)')
    p.add_argument('--peers', default=','.join(PEERS), metavar='LIST',
                   help="peers to time: python3, pypy3, pypy3-nojit, or 'none' "
                        "(default: %(default)s; python3's output is the reference "
                        "in any case)")
    p.add_argument('--no-python3', action='store_true',
                   help='do not time the python3 peer (its output is still the reference)')
    p.add_argument('--python3', default=None, metavar='PATH',
                   help='python3 interpreter of the peer (default: the real python3 '
                        'behind this venv)')
    p.add_argument('--pypy3', default=PYPY3_DIR, metavar='DIR',
                   help='where tools/setup_peers.sh unpacked pypy3 (default: '
                        '.toolchain/pypy3)')
    p.add_argument('--quick', action='store_true',
                   help='a short pass: reps 3, fib 25, threads K-%d, bench-args-quick'
                        % wl.THREADS_QUICK_DROP)
    p.add_argument('--out', default=None, metavar='DIR',
                   help='directory for results.json, results.csv and the charts '
                        '(default: results/<timestamp>/)')
    p.add_argument('--build-dir', default='build/', metavar='DIR',
                   help='where the gclab-<plan> binaries are (default: %(default)s)')
    p.add_argument('--allow-missing', action='store_true',
                   help='report missing binaries and go on without them')
    p.add_argument('--no-translate', action='store_true',
                   help='do not translate the chosen plans whose binaries are missing')
    p.add_argument('--gc-stats', dest='gc_stats', action='store_true', default=True,
                   help='pass --gc-stats to the binaries (the default)')
    p.add_argument('--no-gc-stats', dest='gc_stats', action='store_false',
                   help='do not pass --gc-stats (for binaries without it)')
    p.add_argument('--no-plots', action='store_true', help='do not draw the PNG charts')
    p.add_argument('--save-report', action='store_true',
                   help='write the results as a dated report to commit: into '
                        'docs/results/<YYYY-MM-DD>-<commit>/ (not --out), with a '
                        'README.md holding the command, the machine, the git state and '
                        'the tables; refused if tracked files have uncommitted changes '
                        '(unless --allow-dirty)')
    p.add_argument('--reports-dir', default=os.path.join(REPO_ROOT, 'docs', 'results'),
                   metavar='DIR', help='where --save-report makes its folder (default: '
                                       'docs/results)')
    p.add_argument('--allow-dirty', action='store_true',
                   help='with --save-report: save even with uncommitted changes (the '
                        'report names them)')
    p.add_argument('--timeout', type=float, default=DEFAULT_TIMEOUT, metavar='S',
                   help='seconds one run may take before it is killed (its process '
                        'group, with SIGKILL) and its cell marked FAILED (timeout); '
                        '0: no limit (default: %(default)g)')
    args = p.parse_args(argv)
    if args.reps is None:
        args.reps = 3 if args.quick else 5
    if args.reps < 1 or args.warmup < 0:
        p.error('--reps must be >= 1 and --warmup >= 0')
    if args.save_report and args.out:
        p.error('--save-report chooses the folder itself: no --out')
    if args.timeout < 0:
        p.error('--timeout must be >= 0 (0: no limit)')
    args.run_timeout = args.timeout or None
    try:
        args.plan_list, args.optional_plans = select_plans(args.plans, registry)
        registry.get(args.baseline)
    except KeyError as e:
        p.error(e.args[0])
    try:
        args.peer_list = select_peers(args.peers, args.no_python3)
        args.thread_counts = [int(n) for n in args.threads_n.split(',') if n.strip()]
        args.suite_list = wl.parse_suites(
            args.suite if args.suite is not None
            else ('' if args.programs is not None else 'default'))
    except ValueError as e:
        p.error(str(e))
    if any(n < 1 for n in args.thread_counts):
        p.error('--threads-n: thread counts must be >= 1')
    if args.threads_k is not None and args.threads_k < 0:
        p.error('--threads-k must be >= 0')
    program_list = [s.strip() for s in (args.programs or '').split(',') if s.strip()]
    if args.programs is not None and not program_list:
        p.error('--programs is empty')
    args.program_list = program_list
    extra_args = shlex.split(args.args) if args.args is not None else None
    args.workloads = wl.unique_labels(
        wl.suite_workloads(args.suite_list, args.quick, args.threads_k,
                           args.thread_counts, args.programs_dir)
        + [wl.program_workload(path, extra_args, args.quick) for path in program_list])
    if not args.workloads:
        p.error('no workloads (the suites chosen are empty and no --programs)')
    return args


def free_threaded_pairs(registry):
    """[(free-threaded plan, its GIL twin or None)]: every working plan with threading
    'nogil', and the working plan of the same manager and allocator with a GIL."""
    pairs = []
    for p in registry.PLANS:
        if p.threading != 'nogil' or not p.works():
            continue
        try:
            twin = registry.get(registry.compose(p.manager, 'gil', p.allocator))
        except KeyError:
            twin = None
        pairs.append((p, twin if twin is not None and twin.works() else None))
    return pairs


def select_plans(spec, registry):
    """(plans, optional plan names): the plans to run, and those among them whose
    absence is a notice rather than an error (the implied floor plan none).

    By default (spec None): the headline plans, and every free-threaded plan with its
    GIL twin (the default allocator's) (so that the threads tables and charts show each next to its GIL build),
    all with status ok, in the registry's order; and the floor none (optional, and kept
    off the threads suite unless it is there as a twin: threads_twins)."""
    if spec is None:
        chosen = {p.name for p in registry.PLANS if p.headline and p.works()}
        for plan, twin in free_threaded_pairs(registry):
            if plan.allocator != registry.DEFAULT_ALLOCATOR:
                continue        # the debug builds (-poisoned) are not benchmarked
            chosen.add(plan.name)
            if twin is not None:
                chosen.add(twin.name)
        plans = [p for p in registry.PLANS if p.name in chosen]
        try:
            floor = registry.get(FLOOR)
        except KeyError:
            return plans, set()
        if not floor.works():
            return plans, set()
        return plans + ([] if floor in plans else [floor]), {FLOOR}
    if spec == 'all':
        for p in registry.PLANS:
            if not p.works():
                log('skipping plan %s (%s)' % (p.name, p.status))
        return [p for p in registry.PLANS if p.works()], set()
    return [registry.get(name.strip()) for name in spec.split(',') if name.strip()], set()


def threads_twins(plans, registry):
    """Names of the GIL twins of the free-threaded plans among plans that are among
    plans too: they run the threads suite even when optional (the floor none as
    none-nogil's twin)."""
    names = {p.name for p in plans}
    return {twin.name for plan, twin in free_threaded_pairs(registry)
            if twin is not None and plan.name in names and twin.name in names}


def select_peers(spec, no_python3=False):
    names = [] if spec.strip() == 'none' else [
        s.strip() for s in spec.split(',') if s.strip()]
    for name in names:
        if name not in PEERS:
            raise ValueError('unknown peer %r; peers: %s, or none'
                             % (name, ', '.join(PEERS)))
    if no_python3:
        names = [n for n in names if n != 'python3']
    return [n for n in PEERS if n in names]


def log(message):
    print(message, file=sys.stderr, flush=True)


def run_record(run, workload, subject, phase, rep):
    return {'workload': workload.label, 'program': workload.program,
            'args': workload.args, 'suite': workload.suite, 'threads': workload.threads,
            'subject': subject.name, 'kind': subject.kind, 'phase': phase, 'rep': rep,
            'argv': run.argv, 'returncode': run.returncode, 'wall_s': run.wall_s,
            'user_s': run.user_s, 'sys_s': run.sys_s, 'maxrss_kb': run.maxrss_kb,
            'timed_out': run.timed_out, 'failure': run.failure, 'gc_stats': run.gc_stats}


def new_cell(workload, subject_name, status, reason=None, failure=None):
    return {'workload': workload.label, 'program': workload.program,
            'args': workload.args, 'suite': workload.suite, 'threads': workload.threads,
            'series': workload.series, 'subject': subject_name, 'status': status,
            'reason': reason, 'failure': failure}


def runs_on(workload, subject):
    return workload.threads is None or subject.threads


def plan_subjects(args, registry):
    """(subjects, missing plan names, error) of the chosen plans."""
    subjects, missing, error = [], [], False
    for plan in args.plan_list:
        path = binary_path(args.build_dir, plan.name)
        if os.path.isfile(path) and os.access(path, os.X_OK):
            subjects.append(plan_subject(args.build_dir, plan, args.gc_stats))
            continue
        missing.append(plan)
        if plan.name in args.optional_plans:
            log('notice: no binary %s of the floor plan %s: its rows are MISSING and '
                'the ×none column is empty' % (path, plan.name))
        else:
            log('MISSING %s (run make translate MM=%s)' % (path, plan.name))
            error = True
    return subjects, missing, error and not args.allow_missing


def peer_subjects(args, python3):
    subjects = []
    pypy3, reason = [], None
    if {'pypy3', 'pypy3-nojit'} & set(args.peer_list):
        pypy3, reason = pypy3_subjects(args.pypy3)
        if reason:
            log('notice: peers %s skipped: %s' % (
                ' and '.join(n for n in args.peer_list if n.startswith('pypy3')), reason))
    for name in args.peer_list:
        if name == 'python3':
            subjects.append(Subject('python3', [python3], 'peer'))
        subjects.extend(s for s in pypy3 if s.name == name)
    for s in subjects:
        s.version = peer_version(s)
    return subjects


def main(argv=None):
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ['compare']:
        from bench import compare
        return compare.main(argv[1:])
    registry = load_plans()
    args = parse_args(argv, registry)

    if not args.no_translate:
        translate_missing([p.name for p in args.plan_list], args.build_dir, REPO_ROOT,
                          log=log)

    # The subjects; a missing binary or peer is never skipped silently.
    subjects, missing, error = plan_subjects(args, registry)
    if error:
        return 2
    if any(w.threads is not None for w in args.workloads):
        twins = threads_twins(args.plan_list, registry)
        for s in subjects:
            if s.name in args.optional_plans and s.threads and s.name not in twins:
                # fib(34) on plan none peaks at about 3.5 GB per thread
                s.threads = False
                log('notice: the floor plan %s is not run on the threads workloads (it '
                    'never frees memory; name it in --plans to run it there)' % s.name)
            elif not s.threads:
                plan = registry.get(s.name)
                log('notice: plan %s has no threads (%s): not run on the threads '
                    'workloads' % (s.name, getattr(plan, 'threads', 'no')))
    python3 = args.python3 or find_python3()
    reference_subject = Subject('python3', [python3], 'peer')
    peers = peer_subjects(args, python3)
    # the plans in their order (a Subject, or the Plan whose binary is missing), peers
    by_name = {s.name: s for s in subjects}
    entries = [by_name.get(p.name, p) for p in args.plan_list] + peers
    subjects += peers
    names = [s.name for s in subjects]
    if args.baseline not in names:
        log('note: baseline %s is not among the subjects; ×baseline is left empty'
            % args.baseline)
    for w in args.workloads:
        if not os.path.isfile(w.program):
            log('no such program: %s' % w.program)
            return 2

    # The tree measured: its commit and what was not committed, read before any run.
    git_state = report.git_state(REPO_ROOT)
    commit = report.git_commit(REPO_ROOT)
    if args.save_report:
        if commit is None or git_state is None:
            log('--save-report: not a git work tree (no commit to name the report by)')
            return 2
        refusal = report.dirty_refusal(git_state)
        if refusal and not args.allow_dirty:
            log('--save-report: %s; commit them first (or pass --allow-dirty: the report '
                'then lists them)' % refusal)
            return 2
        out_dir = report.report_dir(args.reports_dir, datetime.date.today(), commit)
    else:
        out_dir = args.out or os.path.join(
            'results', datetime.datetime.now().strftime('%Y%m%d-%H%M%S'))
    os.makedirs(out_dir, exist_ok=True)

    # Check every subject's output against python3's before timing anything.
    runs, cells, timed_cells = [], [], []
    for w in args.workloads:
        reference = measure(reference_subject.argv(w.program, w.args),
                            timeout=args.run_timeout)
        if reference.failure:
            log('python3 cannot run %s (%s):\n%s'
                % (w.label, reference.failure, reference.stderr))
            return 2
        runs.append(run_record(reference, w, reference_subject, 'check', 0))
        for entry in entries:
            if isinstance(entry, Subject):
                subject = entry
            else:                                   # a plan without binary
                if w.threads is None or (getattr(entry, 'threads', 'no') == 'ok' and
                                         entry.name not in args.optional_plans):
                    cells.append(new_cell(w, entry.name, 'MISSING', 'no binary %s'
                                          % binary_path(args.build_dir, entry.name)))
                continue
            if not runs_on(w, subject):
                continue
            if subject.name == 'python3':
                reason = None
            else:
                run = measure(subject.argv(w.program, w.args), env=subject.environ(),
                              timeout=args.run_timeout)
                runs.append(run_record(run, w, subject, 'check', 0))
                reason = check_output(run, reference)
                if reason and 'unknown option --gc-stats' in run.stderr:
                    reason += (' (a binary older than --gc-stats: rebuild it with make '
                               'translate MM=%s, or pass --no-gc-stats)' % subject.name)
            if reason:
                log('FAILED %s on %s: %s' % (subject.name, w.label, reason))
            cells.append(new_cell(w, subject.name, 'FAILED' if reason else 'ok', reason,
                                  (run.failure or 'output') if reason else None))
            if not reason:
                timed_cells.append((w, subject, cells[-1]))

    # The interleaved matrix.  A run that fails (a non-zero exit, a signal, a timeout)
    # fails its cell: the cell is not run again, and none of its runs count.
    order = schedule(timed_cells, args.reps, args.warmup)
    for n, (phase, rep, (w, subject, cell)) in enumerate(order, 1):
        if cell['status'] != 'ok':
            log('[%d/%d] %s %d %s %s: skipped (FAILED before)' % (
                n, len(order), phase, rep, w.label, subject.name))
            continue
        run = measure(subject.argv(w.program, w.args), env=subject.environ(),
                      timeout=args.run_timeout)
        runs.append(run_record(run, w, subject, phase, rep))
        log('[%d/%d] %s %d %s %s: %.3f s%s' % (
            n, len(order), phase, rep, w.label, subject.name, run.wall_s,
            '' if not run.failure else ' (%s)' % run.failure))
        if run.failure:
            tail = run.stderr.strip().splitlines()[-1:] or ['']
            cell.update(status='FAILED', failure=run.failure,
                        reason='%s run %d: %s: %s' % (phase, rep, run.failure,
                                                      tail[0][:200]))
            log('FAILED %s on %s: %s' % (subject.name, w.label, cell['reason']))

    summaries = cell_summaries(runs, cells, args.baseline, floor=FLOOR)
    print('%d timed reps, %d warm-up; baseline %s; reference output: python3 %s' % (
        args.reps, args.warmup, args.baseline, python3))
    for s in subjects:
        if s.kind == 'peer':
            print('peer %s: %s (%s)' % (s.name, ' '.join(s.command), s.version or '?'))
    nurseries = report.nursery_line(runs)
    if nurseries:
        print(nurseries)
    print()
    print(report.text_report(summaries))

    plots = []
    if not args.no_plots:
        from bench import plots as plotting
        try:
            plots = plotting.write_plots(summaries, out_dir)
        except ImportError:
            log('notice: matplotlib is not installed: no charts (install it with '
                '.venv/bin/pip install -r bench/requirements.txt)')

    options = {k: v for k, v in vars(args).items()
               if k not in ('plan_list', 'workloads', 'optional_plans')}
    options['plans'] = [p.name for p in args.plan_list]
    options['python3'] = python3
    document = {
        'schema': report.SCHEMA,
        'created': datetime.datetime.now().astimezone().isoformat(),
        'command': [sys.executable, '-m', 'bench'] + argv,
        'options': options,
        'machine': report.machine_info(),
        'git_commit': commit,
        'git_dirty': (None if git_state is None else
                      any(not line.startswith('??') for line in git_state['status'])),
        'git_state': git_state,
        'measurement': {
            'method': ('launcher: each run forked by a small C process that wait4s it'
                       if launcher() else 'wait4 in the harness (no C compiler): peak '
                       'RSS includes the harness\'s own'),
            'wall_s': 'monotonic clock around fork to wait4', 'user_s': 'ru_utime',
            'sys_s': 'ru_stime', 'maxrss_kb': 'ru_maxrss (KiB)'},
        'plans': report.plan_dicts(registry.PLANS),
        'subjects': [s.to_dict() for s in subjects],
        'workloads': [w.to_dict() for w in args.workloads],
        'cells': summaries,
        'runs': runs,
        'plots': [os.path.basename(p) for p in plots],
    }
    report.write_json(os.path.join(out_dir, 'results.json'), document)
    report.write_csv(os.path.join(out_dir, 'results.csv'), runs)
    if args.save_report:
        path = os.path.join(out_dir, 'README.md')
        with open(path, 'w') as f:
            f.write(report.report_readme(document, report.text_report(summaries),
                                         nurseries))
        print('\nreport:  %s (add what the figures show, then commit the folder)'
              % path)
    print('\nresults: %s' % os.path.join(out_dir, 'results.json'))
    print('         %s' % os.path.join(out_dir, 'results.csv'))
    for path in plots:
        print('chart:   %s' % path)
    failed = [s for s in summaries if s['status'] == 'FAILED']
    for s in failed:
        log('FAILED: %s on %s: %s' % (s['subject'], s['workload'], s['reason']))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
