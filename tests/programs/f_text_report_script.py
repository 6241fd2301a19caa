# small-script style: parse a log, aggregate with dicts/sets, regex, csv, json, textwrap, report
import csv
import io
import json
import re
import textwrap
from collections import defaultdict, Counter
from datetime import datetime, timedelta

LOG = """\
2023-03-01 12:00:01 INFO  user=alice action=login ip=10.0.0.1
2023-03-01 12:00:05 WARN  user=bob action=login ip=10.0.0.2 attempts=3
2023-03-01 12:01:10 INFO  user=alice action=view page=/home
2023-03-01 12:02:00 ERROR user=carol action=pay amount=12.50 reason="card declined"
2023-03-01 12:03:30 INFO  user=bob action=view page=/cart
2023-03-01 12:05:00 INFO  user=alice action=logout
garbage line here
2023-03-01 12:06:45 ERROR user=bob action=pay amount=99.99 reason="timeout"
"""

LINE_RE = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]{8}) (?P<level>[A-Z]+)\s+(?P<rest>.*)$')
KV_RE = re.compile(r'(\w+)=("[^"]*"|\S+)')

events = []
bad = 0
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = LINE_RE.match(line)
    if not m:
        bad += 1
        print('skipping line %d: %r' % (lineno, line))
        continue
    fields = {k: v.strip('"') for k, v in KV_RE.findall(m.group('rest'))}
    ts = datetime.strptime(m['date'] + ' ' + m['time'], '%Y-%m-%d %H:%M:%S')
    events.append((ts, m.group('level'), fields))

by_user = defaultdict(list)
for ts, level, f in events:
    by_user[f['user']].append((ts, f['action']))
levels = Counter(level for _, level, _ in events)
print(dict(levels), levels.most_common(1), bad)
for user in sorted(by_user):
    acts = by_user[user]
    span = acts[-1][0] - acts[0][0]
    print(f"{user:<6} {len(acts):>2} actions, span {span}, {span.total_seconds():.0f}s, actions={','.join(a for _, a in acts)}")
payments = [(f['user'], float(f['amount']), f.get('reason')) for _, lvl, f in events if f['action'] == 'pay']
total = sum(a for _, a, _ in payments)
print('failed payments: %d totalling %.2f' % (len(payments), total))
out = io.StringIO()
w = csv.writer(out)
w.writerow(['user', 'amount', 'reason'])
w.writerows(payments)
print(out.getvalue().replace('\r\n', '\n'), end='')
rows = list(csv.DictReader(io.StringIO(out.getvalue())))
print(rows[0], len(rows))
summary = {'users': sorted(by_user), 'levels': dict(sorted(levels.items())), 'total': round(total, 2),
           'first': events[0][0].isoformat(), 'nested': {'a': [1, 2.5, None, True]}}
js = json.dumps(summary, indent=2, sort_keys=True)
print(js)
print(json.loads(js) == summary, json.dumps(summary, separators=(',', ':'))[:60])
text = ("This report was generated automatically from the application log. It lists every user "
        "with the number of actions, the time between the first and the last, and failed payments.")
print(textwrap.fill(text, width=40))
print(textwrap.indent(textwrap.dedent("""
    a
      b
    c"""), '> '))
print(textwrap.shorten(text, 50), textwrap.wrap('short', 3))
print(re.sub(r'(\d+)\.(\d+)', lambda m: m.group(2) + '.' + m.group(1), 'v1.2 and 10.20'), re.split(r'[,;]\s*', 'a, b;c'))
print(re.findall(r'\b\w{5}\b', text)[:5], re.search(r'(?i)REPORT', text).span(), bool(re.fullmatch(r'[a-z]+', 'abc')))
d = datetime(2023, 3, 1, 12) + timedelta(days=30, hours=13)
print(d, d.strftime('%a %d %b %Y %H:%M'), d.weekday(), (d - datetime(2023, 1, 1)).days, d.date(), d.replace(year=2024).isoformat())
