"""gclab.interp.procstats: the process statistics of --gc-stats (untranslated)."""

import os

from gclab.interp import procstats

STATUS = ('Name:\tgclab-incminimark\nVmPeak:\t   12000 kB\nVmHWM:\t    5360 kB\n'
          'VmRSS:\t    5300 kB\n')


def test_parse_vmhwm_reads_the_high_water_mark():
    assert procstats.parse_vmhwm(STATUS, -1) == 5360


def test_parse_vmhwm_falls_back_without_the_line():
    assert procstats.parse_vmhwm('Name:\tx\nVmRSS:\t  10 kB\n', -7) == -7
    assert procstats.parse_vmhwm('Name:\tx\nVmHWM:\t  kB\n', -7) == -7
    assert procstats.parse_vmhwm('XVmHWM: 12 kB\n', -7) == -7


def test_peak_rss_is_this_processs_vmhwm():
    with open('/proc/self/status') as f:
        status = f.read()
    before = procstats.parse_vmhwm(status, -1)
    assert before > 0
    peak = procstats.peak_rss_kb(-1)
    assert before <= peak < before + 10 * 1024


def test_rusage_gives_times_and_peak():
    user, system, peak = procstats.rusage()
    assert user > 0 and system >= 0
    assert peak > 1024
