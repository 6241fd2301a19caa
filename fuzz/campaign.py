"""A fuzzing campaign: generate N programs from a seed, run each on python3 and on every
chosen plan's binary, shrink the failures, and write the results folder.

    results/fuzz-seed<S>-<time>/
        summary.json        counts per plan, every failure, every invalid program
        report.txt          the same for people
        failures/<plan>/<kind>-<program seed>/
            program.py      the generated program (regenerate: python -m fuzz gen SEED)
            shrunk.py       the reproducer (when shrunk)
            python3.txt, gclab.txt   both runs of program.py: status, stdout, stderr
        invalid/<seed>.py   programs python3 itself could not run deterministically
"""

import concurrent.futures
import json
import os
import shutil
import sys
import tempfile
import threading
import time

from fuzz import gen, runner, shrink

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CRASHES = ('timeout', 'internal-error')
SEED_STRIDE = 100000     # program i of campaign seed S has seed S * SEED_STRIDE + i


def registry():
    path = os.path.join(ROOT, 'gclab', 'gc')
    if path not in sys.path:
        sys.path.insert(0, path)
    import plans
    return plans


def resolve_plans(spec, bin_dir=None):
    """'' -> the headline plans; 'all' -> every working plan; 'a,b' -> those (a name the
    registry does not know is accepted when bin_dir holds its gclab-NAME binary, e.g. a
    wrapper running the untranslated interpreter)."""
    plans = registry()
    if not spec:
        return [p.name for p in plans.PLANS if p.works() and p.headline]
    if spec == 'all':
        return [p.name for p in plans.PLANS if p.works()]
    names = [n.strip() for n in spec.split(',') if n.strip()]
    known = [p.name for p in plans.PLANS]
    for n in names:
        if n not in known and not (bin_dir and os.access(runner.binary_path(bin_dir, n), os.X_OK)):
            raise ValueError('unknown plan %r (plans: %s)' % (n, ', '.join(known)))
    return names


def program_seed(seed, i):
    return seed * SEED_STRIDE + i


def outcome_text(o):
    return 'status: %s\nrun: %s\n--- stdout\n%s--- stderr\n%s' % (
        o.status, o.describe(), o.out, o.err)


class Failure(object):
    def __init__(self, seed, plan, kind, sig, expected, got, source):
        self.seed, self.plan, self.kind, self.sig = seed, plan, kind, sig
        self.expected, self.got, self.source = expected, got, source
        self.shrunk = None          # path of the reproducer
        self.shrunk_from = None     # (plan, seed) whose reproducer this failure shares
        self.folder = None

    def as_json(self):
        return {'seed': self.seed, 'plan': self.plan, 'kind': self.kind,
                'signature': list(self.sig), 'expected': self.expected.describe(),
                'got': self.got.describe(), 'folder': self.folder, 'shrunk': self.shrunk,
                'shrunk_with': list(self.shrunk_from) if self.shrunk_from else None}


class Campaign(object):
    def __init__(self, n, seed, plans, bin_dir, results, timeout=20.0, jobs=1,
                 shrink_max=1, shrink_seconds=300, shrink_tests=1500, features=None,
                 determinism=True, log=None):
        self.n, self.seed, self.plans = n, seed, plans
        self.bin_dir, self.results = bin_dir, results
        self.timeout, self.jobs = timeout, max(1, jobs)
        self.shrink_max, self.shrink_seconds = shrink_max, shrink_seconds
        self.shrink_tests = shrink_tests
        self.features = features or {}
        self.determinism = determinism
        self.log = log or (lambda msg: None)
        self.failures = []
        self.invalid = []           # (seed, reason)
        self.counts = dict((p, {'programs': 0, 'ok': 0, 'failed': 0}) for p in plans)
        self.lock = threading.Lock()
        self.tmp = None

    def binaries(self):
        out = {}
        for p in self.plans:
            path = runner.binary_path(self.bin_dir, p)
            if not os.access(path, os.X_OK):
                raise ValueError('%s is missing: run make translate MM=%s' % (path, p))
            out[p] = path
        return out

    # ---------------------------------------------------------------- running
    def one(self, i, exes):
        seed = program_seed(self.seed, i)
        source = gen.generate(seed, self.features)
        path = os.path.join(self.tmp, 'p%d.py' % seed)
        with open(path, 'w') as f:
            f.write(source)
        expected = runner.run_python3(path, self.timeout, 0)
        second = runner.run_python3(path, self.timeout, 1) if self.determinism else None
        problem = runner.python3_problem(expected, second)
        if problem:
            with self.lock:
                self.invalid.append((seed, problem, source))
            return
        for plan in self.plans:
            got = runner.run([exes[plan], path], self.timeout)
            kind = runner.compare(expected, got)
            with self.lock:
                c = self.counts[plan]
                c['programs'] += 1
                if kind is None:
                    c['ok'] += 1
                else:
                    c['failed'] += 1
                    c[kind] = c.get(kind, 0) + 1
                    sig = runner.signature(kind, expected, got)
                    self.failures.append(Failure(seed, plan, kind, sig, expected, got, source))
        os.unlink(path)

    def run(self):
        exes = self.binaries()
        os.makedirs(self.results, exist_ok=True)
        self.tmp = tempfile.mkdtemp(prefix='fuzz-', dir=self.results)
        start = time.time()
        done = [0]

        def task(i):
            self.one(i, exes)
            with self.lock:
                done[0] += 1
                if done[0] % 25 == 0 or done[0] == self.n:
                    self.log('%d/%d programs, %d failures, %d invalid, %.0f s'
                             % (done[0], self.n, len(self.failures), len(self.invalid),
                                time.time() - start))
        try:
            with concurrent.futures.ThreadPoolExecutor(self.jobs) as pool:
                list(pool.map(task, range(self.n)))
            self.run_seconds = time.time() - start
            self.save_failures()
            self.shrink_all(exes)
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)
        self.write_summary()
        return self

    # ---------------------------------------------------------------- results
    def save_failures(self):
        for f in self.failures:
            f.folder = os.path.join(self.results, 'failures', f.plan, '%s-%d' % (f.kind, f.seed))
            os.makedirs(f.folder, exist_ok=True)
            with open(os.path.join(f.folder, 'program.py'), 'w') as out:
                out.write(f.source)
            with open(os.path.join(f.folder, 'python3.txt'), 'w') as out:
                out.write(outcome_text(f.expected))
            with open(os.path.join(f.folder, 'gclab.txt'), 'w') as out:
                out.write(outcome_text(f.got))
        if self.invalid:
            folder = os.path.join(self.results, 'invalid')
            os.makedirs(folder, exist_ok=True)
            for seed, reason, source in self.invalid:
                with open(os.path.join(folder, '%d.py' % seed), 'w') as out:
                    out.write('# %s\n' % reason + source)

    def shrink_all(self, exes):
        """Shrink up to shrink_max failures per (plan, signature), smallest program
        first; a program failing the same way on several plans is shrunk once."""
        groups = {}
        for f in sorted(self.failures, key=lambda f: (len(f.source), f.seed)):
            groups.setdefault((f.plan, f.sig), []).append(f)
        shrunk_by_seed = {}
        for (plan, sig), fs in sorted(groups.items(), key=lambda kv: kv[0][0]):
            for f in fs[:self.shrink_max]:
                if (f.seed, sig) in shrunk_by_seed:
                    f.shrunk, f.shrunk_from = shrunk_by_seed[(f.seed, sig)]
                    continue
                self.log('shrinking seed %d on %s (%s)' % (f.seed, plan, ' '.join(map(str, sig))))
                text, tests = shrink_failure(f, exes[plan], self.timeout, self.tmp,
                                             self.shrink_tests, self.shrink_seconds, self.log)
                f.shrunk = os.path.join(f.folder, 'shrunk.py')
                with open(f.shrunk, 'w') as out:
                    out.write('# shrunk from fuzz seed %d (%d tests): %s on %s\n'
                              % (f.seed, tests, ' '.join(map(str, sig)), plan) + text)
                shrunk_by_seed[(f.seed, sig)] = (f.shrunk, (plan, f.seed))

    def summary(self):
        groups = {}
        for f in self.failures:
            g = groups.setdefault('%s: %s' % (f.plan, ' | '.join(map(str, f.sig))), [])
            g.append(f)
        return {
            'seed': self.seed, 'programs': self.n, 'plans': self.plans,
            'bin_dir': os.path.abspath(self.bin_dir), 'timeout_s': self.timeout,
            'features': self.features, 'seconds': round(getattr(self, 'run_seconds', 0), 1),
            'counts': self.counts,
            'invalid': [{'seed': s, 'reason': r} for s, r, _ in self.invalid],
            'groups': dict((k, {'count': len(v), 'seeds': [f.seed for f in v][:20],
                                'reproducers': [f.shrunk for f in v if f.shrunk]})
                           for k, v in sorted(groups.items())),
            'failures': [f.as_json() for f in self.failures],
        }

    def report(self):
        s = self.summary()
        lines = ['fuzz: %d programs from seed %d on %s (binaries in %s), %.0f s'
                 % (self.n, self.seed, ', '.join(self.plans), self.bin_dir, s['seconds'])]
        for p in self.plans:
            c = self.counts[p]
            kinds = ', '.join('%s %d' % (k, v) for k, v in sorted(c.items())
                              if k not in ('programs', 'ok', 'failed'))
            lines.append('  %-26s %5d programs  %5d ok  %5d failed%s'
                         % (p, c['programs'], c['ok'], c['failed'],
                            '  (%s)' % kinds if kinds else ''))
        if self.invalid:
            lines.append('  %d invalid programs (python3 could not run them; a generator bug):'
                         % len(self.invalid))
            for seed, reason, _ in self.invalid[:10]:
                lines.append('    seed %d: %s' % (seed, reason))
        for k, g in s['groups'].items():
            lines.append('  FAILURE %s: %d programs (seeds %s)'
                         % (k, g['count'], ', '.join(map(str, g['seeds'][:5]))))
            for r in g['reproducers']:
                lines.append('    reproducer: %s' % r)
        return '\n'.join(lines) + '\n'

    def write_summary(self):
        with open(os.path.join(self.results, 'summary.json'), 'w') as f:
            json.dump(self.summary(), f, indent=1, sort_keys=True)
        with open(os.path.join(self.results, 'report.txt'), 'w') as f:
            f.write(self.report())

    def ok(self):
        return not self.failures and not self.invalid


def shrink_failure(f, exe, timeout, tmp, max_tests, seconds, log=None):
    """Shrink failure f's program against exe; returns (text, tests run)."""
    expected = f.expected
    path = os.path.join(tmp, 'shrink-%d-%s.py' % (f.seed, f.plan))

    def still_fails(text):
        with open(path, 'w') as out:
            out.write(text)
        got = runner.run([exe, path], timeout)
        kind = runner.compare(expected, got) if f.kind in CRASHES or f.kind.startswith('signal') \
            else 'unknown'
        if kind in CRASHES or (kind or '').startswith('signal'):
            # a crash does not depend on python3's output: check python3 still runs it
            if runner.signature(kind, expected, got) != f.sig:
                return False
        elif f.kind in CRASHES or f.kind.startswith('signal'):
            return False
        py = runner.run_python3(path, timeout)
        if runner.python3_problem(py) or py.status != expected.status or py.exc != expected.exc:
            return False
        kind = runner.compare(py, got)
        return kind is not None and runner.signature(kind, py, got) == f.sig

    return shrink.shrink(f.source, still_fails, max_tests=max_tests, seconds=seconds, log=log)
