# sys: audit hooks (gclab raises no events of its own: the program's reach them),
# settrace/setprofile(None), gettrace/getprofile, api_version, prefixes
import sys, os
print(sys.api_version, type(sys.dont_write_bytecode), sys.warnoptions)
print(type(sys.builtin_module_names), 'sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names)
print(sys.prefix == sys.base_prefix == sys.exec_prefix, os.path.isabs(sys.prefix))
print(sys.gettrace(), sys.getprofile(), sys.settrace(None), sys.setprofile(None))
events = []
sys.audit('nothing.yet', 1)
sys.addaudithook(lambda ev, args: events.append((ev, args)) if ev.startswith('my.') else None)
sys.addaudithook(lambda ev, args: events.append(('second', ev)) if ev.startswith('my.') else None)
sys.audit('my.event', 1, 'two')
sys.audit('my.other')
print(events)
for f in [lambda: sys.audit(), lambda: sys.audit(1), lambda: sys.addaudithook(), lambda: sys.settrace(), lambda: sys.gettrace(1), lambda: sys.audit('x', k=1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def bad(ev, args):
    if ev == 'my.fail':
        raise ValueError('refused')
sys.addaudithook(bad)
try:
    sys.audit('my.fail')
except ValueError as e:
    print('ValueError', e)
