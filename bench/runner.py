"""Running subjects and measuring them from the OS (os.wait4's rusage)."""

import atexit
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

from bench.stats import parse_stats_line


class Subject(object):
    """Something that runs a program: a gclab binary of one plan, or a peer (python3,
    pypy3, pypy3 without its JIT)."""

    def __init__(self, name, command, kind, env=None, gc_kind=None, threads=True,
                 version=None):
        self.name = name          # plan name, or the peer's name
        self.command = command    # argv prefix; PROGRAM ARGS... are appended
        self.kind = kind          # 'plan' or 'peer'
        self.env = env or {}      # extra environment variables
        self.gc_kind = gc_kind    # the plan's kind: 'tracing', 'refcount', 'none'
        self.threads = threads    # runs the threads workloads
        self.version = version

    def argv(self, program, args):
        return list(self.command) + [program] + list(args)

    def environ(self):
        """The full environment of a run, or None for the harness's own."""
        if not self.env:
            return None
        return dict(os.environ, **self.env)

    def to_dict(self):
        return {'name': self.name, 'kind': self.kind, 'command': self.command,
                'env': self.env, 'gc_kind': self.gc_kind, 'threads': self.threads,
                'version': self.version}

    def __repr__(self):
        return 'Subject(%r)' % (self.name,)


def binary_path(build_dir, plan_name):
    return os.path.join(build_dir, 'gclab-' + plan_name)


def plan_subject(build_dir, plan, gc_stats=True):
    """The subject of a plan (a registry Plan, or a plan name: then no threads)."""
    name = getattr(plan, 'name', plan)
    command = [binary_path(build_dir, name)]
    if gc_stats:
        command.append('--gc-stats')
    threads = getattr(plan, 'threads', 'no') == 'ok'
    return Subject(name, command, 'plan', gc_kind=getattr(plan, 'kind', None),
                   threads=threads)


PEERS = ('python3', 'pypy3', 'pypy3-nojit')
PYPY3_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                         '.toolchain', 'pypy3')


def pypy3_paths(toolchain_dir):
    """(binary, library directory) of Debian's pypy3 unpacked by tools/setup_peers.sh."""
    return (os.path.join(toolchain_dir, 'usr', 'bin', 'pypy3'),
            os.path.join(toolchain_dir, 'usr', 'lib', 'x86_64-linux-gnu'))


def pypy3_subjects(toolchain_dir=PYPY3_DIR):
    """[pypy3, pypy3-nojit] subjects, or ([], reason) when it is not installed.

    Returns (subjects, reason)."""
    binary, libdir = pypy3_paths(os.path.abspath(toolchain_dir))
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        return [], '%s not found (run: bash tools/setup_peers.sh)' % binary
    old = os.environ.get('LD_LIBRARY_PATH')
    env = {'LD_LIBRARY_PATH': libdir + (':' + old if old else '')}
    return [Subject('pypy3', [binary], 'peer', env=env),
            Subject('pypy3-nojit', [binary, '--jit', 'off'], 'peer', env=env)], None


def peer_version(subject):
    """The peer's `sys.version` first line, or None."""
    try:
        out = subprocess.run(list(subject.command)
                             + ['-c', 'import sys; print(sys.version)'],
                             capture_output=True, text=True, timeout=60,
                             env=subject.environ())
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    return ' '.join(out.stdout.split())


def translate_missing(plan_names, build_dir, repo_root, command=None, log=None):
    """Translate the plans whose build_dir/gclab-PLAN is missing with
    `python3 tools/translate.py PLAN...` (its progress goes to our stderr).

    Only when build_dir is the repository's build/ (where tools/translate.py writes).
    Returns the list of plans it tried to translate."""
    log = log or (lambda message: sys.stderr.write(message + '\n'))
    missing = [n for n in plan_names if not _executable(binary_path(build_dir, n))]
    if not missing:
        return []
    if os.path.realpath(build_dir) != os.path.realpath(os.path.join(repo_root, 'build')):
        log('not translating %s: --build-dir %s is not the repository\'s build/'
            % (', '.join(missing), build_dir))
        return []
    if command is None:
        command = [sys.executable, os.path.join(repo_root, 'tools', 'translate.py')]
    log('translating missing plans: %s (python3 tools/translate.py %s)'
        % (', '.join(missing), ' '.join(missing)))
    rc = subprocess.call(list(command) + missing, cwd=repo_root,
                         stdin=subprocess.DEVNULL, stdout=2)  # progress: our stderr
    if rc != 0:
        log('translation exited with status %d' % rc)
    return missing


def _executable(path):
    return os.path.isfile(path) and os.access(path, os.X_OK)


def find_python3():
    """The real python3 outside any venv: sys._base_executable when we run in a venv,
    else sys.executable; failing both, the first `python3` on PATH outside the venv."""
    candidates = [getattr(sys, '_base_executable', None), sys.executable]
    in_venv = sys.prefix != sys.base_prefix
    for exe in candidates:
        if exe and os.path.isfile(exe) and not (
                in_venv and os.path.abspath(exe).startswith(os.path.abspath(sys.prefix))):
            return exe
    venv = os.path.abspath(sys.prefix)
    path = os.pathsep.join(d for d in os.environ.get('PATH', '').split(os.pathsep)
                           if d and not os.path.abspath(d).startswith(venv))
    return shutil.which('python3', path=path) or sys.executable


class Run(object):
    """One measured run of a command.  returncode is os.waitstatus_to_exitcode's (a
    negative signal number if a signal ended it); timed_out is True if measure() killed
    it after its timeout (returncode is then -SIGKILL)."""

    def __init__(self, argv, returncode, wall_s, user_s, sys_s, maxrss_kb, stdout, stderr,
                 timed_out=False, timeout_s=None):
        self.argv = argv
        self.returncode = returncode
        self.wall_s = wall_s
        self.user_s = user_s
        self.sys_s = sys_s
        self.maxrss_kb = maxrss_kb   # ru_maxrss: KiB on Linux
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out
        self.timeout_s = timeout_s
        self.gc_stats = parse_stats_line(stderr)

    @property
    def failure(self):
        """None if the run ended normally with status 0, else why it failed:
        'timeout after N s', 'signal SIGSEGV' or 'exit N'."""
        return run_failure(self.returncode, self.timed_out, self.timeout_s)


def run_failure(returncode, timed_out=False, timeout_s=None):
    """None for a run that exited 0 in time, else a short reason (see Run.failure)."""
    if timed_out:
        return 'timeout after %g s' % timeout_s if timeout_s is not None else 'timeout'
    if returncode is None:
        return 'no exit status'
    if returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = 'signal %d' % -returncode
        return 'signal %s' % name if not name.startswith('signal') else name
    if returncode != 0:
        return 'exit %d' % returncode
    return None


# Linux keeps a process's peak RSS across execve (ru_maxrss is the maximum over the
# process's lifetime, exec'd images included), and a forked child starts with its
# parent's high-water mark: a program started straight from the harness reports at
# least the harness's own RSS (~14 MiB of python).  So runs go through a tiny C
# launcher, compiled once per harness process with the system's cc: it forks the
# program from its own small image, wait4s it, and writes the status, the wall time and
# the rusage to a file.  Without a C compiler, measure() falls back to wait4 here, and
# peak RSS is then at least the harness's (LAUNCHER_NOTE says so once).
LAUNCHER_C = r"""
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* gclab-bench-launch REPORT PROGRAM ARGS...: run PROGRAM, write its wait status,
   wall time (s), user and sys time (s) and peak RSS (KiB) to REPORT. */
int main(int argc, char **argv) {
    struct timespec t0, t1;
    struct rusage ru;
    int status;
    pid_t pid;
    FILE *f;
    if (argc < 3) {
        fprintf(stderr, "usage: %s REPORT PROGRAM [ARGS...]\n", argv[0]);
        return 125;
    }
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid = fork();
    if (pid < 0) { perror("gclab-bench-launch: fork"); return 125; }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        fprintf(stderr, "gclab-bench-launch: %s: %s\n", argv[2], strerror(errno));
        _exit(errno == ENOENT ? 127 : 126);
    }
    while (wait4(pid, &status, 0, &ru) < 0) {
        if (errno != EINTR) { perror("gclab-bench-launch: wait4"); return 125; }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    f = fopen(argv[1], "w");
    if (!f) { perror("gclab-bench-launch: report"); return 125; }
    fprintf(f, "%d %.9f %ld.%06ld %ld.%06ld %ld\n", status,
            (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9,
            (long)ru.ru_utime.tv_sec, (long)ru.ru_utime.tv_usec,
            (long)ru.ru_stime.tv_sec, (long)ru.ru_stime.tv_usec, ru.ru_maxrss);
    fclose(f);
    return 0;
}
"""

LAUNCHER_NOTE = ('notice: no C compiler (cc) for the measuring launcher: peak RSS values '
                 'include the harness\'s own (Linux keeps ru_maxrss across exec)')

_launcher = None     # path of the compiled launcher, False if it cannot be built


def launcher():
    """Path of the launcher, compiled on first use into a temporary directory; None if
    there is no working C compiler."""
    global _launcher
    if _launcher is None:
        _launcher = False
        cc = shutil.which('cc') or shutil.which('gcc')
        if cc:
            directory = tempfile.mkdtemp(prefix='gclab-bench-')
            atexit.register(shutil.rmtree, directory, True)
            source = os.path.join(directory, 'launch.c')
            binary = os.path.join(directory, 'gclab-bench-launch')
            with open(source, 'w') as f:
                f.write(LAUNCHER_C)
            try:
                built = subprocess.run([cc, '-O2', '-o', binary, source],
                                       stdin=subprocess.DEVNULL, capture_output=True,
                                       timeout=120).returncode == 0
            except (OSError, subprocess.SubprocessError):
                built = False
            if built:
                _launcher = binary
        if not _launcher:
            sys.stderr.write(LAUNCHER_NOTE + '\n')
    return _launcher or None


# measure()'s default timeout in seconds (python -m bench --timeout): the longest run
# of a default `make bench` is atomic-refcount's threaded_fib.py 4 34 with --threads-k
# 34, about 100 s on this project's machine.
DEFAULT_TIMEOUT = 600.0


def _kill_group(pgid):
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def measure(argv, cwd=None, env=None, use_launcher=True, timeout=None):
    """Run argv once; its output goes to temporary files (no pipe deadlock), its time
    and peak RSS come from wait4 (in the launcher, or here).

    timeout: seconds (None: no limit).  The run gets its own process group; when the
    time is up the whole group (launcher, subject and whatever it started) is killed
    with SIGKILL, and the Run says timed_out (its times are then the timeout's wall
    time and unknown CPU times: 0)."""
    launch = launcher() if use_launcher else None
    report = None
    expired = threading.Event()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        if launch:
            fd, report = tempfile.mkstemp(prefix='gclab-bench-run-')
            os.close(fd)
            command = [launch, report] + list(argv)
        else:
            command = list(argv)
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out,
                                    stderr=err, cwd=cwd, env=env, start_new_session=True)
        except OSError:
            if report:
                os.unlink(report)
            raise
        timer = None
        if timeout is not None:
            def expire():
                expired.set()
                _kill_group(proc.pid)
            timer = threading.Timer(timeout, expire)
            timer.daemon = True
            timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
        finally:
            if timer is not None:
                timer.cancel()
            wall = time.perf_counter() - start
            # whatever the subject left in its group (a daemon it started) goes too
            _kill_group(proc.pid)
        # killed by the timer (not a run that ended just as the time was up)
        timed_out = expired.is_set() and proc.returncode == -signal.SIGKILL
        try:
            if timed_out:
                returncode, user, system, maxrss = -signal.SIGKILL, 0.0, 0.0, 0
            elif launch:
                with open(report) as f:
                    fields = f.read().split()
                if proc.returncode != 0 or len(fields) != 5:
                    raise RuntimeError('the measuring launcher failed on %r (exit %d)'
                                       % (argv, proc.returncode))
                returncode = os.waitstatus_to_exitcode(int(fields[0]))
                wall, user, system = (float(x) for x in fields[1:4])
                maxrss = int(fields[4])
            else:
                returncode = proc.returncode
                user, system, maxrss = usage.ru_utime, usage.ru_stime, usage.ru_maxrss
        finally:
            if report:
                os.unlink(report)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode('utf-8', 'replace')
        stderr = err.read().decode('utf-8', 'replace')
    return Run(argv, returncode, wall, user, system, maxrss, stdout, stderr,
               timed_out=timed_out, timeout_s=timeout)


def check_output(run, reference):
    """None if run is good (exit 0, stdout equal to the reference's), else the reason."""
    if run.failure:
        tail = run.stderr.strip().splitlines()[-1:] or ['']
        return '%s: %s' % (run.failure, tail[0][:200])
    if run.stdout != reference.stdout:
        got, want = run.stdout.splitlines(), reference.stdout.splitlines()
        for i in range(max(len(got), len(want))):
            g = got[i] if i < len(got) else '<end of output>'
            w = want[i] if i < len(want) else '<end of output>'
            if g != w:
                return 'output differs at line %d: got %r, python3 gave %r' % (
                    i + 1, g[:80], w[:80])
        return 'output differs (line endings)'
    return None


def schedule(cells, reps, warmup):
    """The interleaved order of runs: every cell once per round (A B C A B C ...),
    first `warmup` warm-up rounds, then `reps` timed rounds.

    Returns a list of (phase, index, cell) with phase 'warmup' or 'timed'."""
    order = []
    for phase, count in (('warmup', warmup), ('timed', reps)):
        for i in range(count):
            for cell in cells:
                order.append((phase, i, cell))
    return order
