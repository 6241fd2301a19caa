# contextvars with threads: a new thread starts with an empty context; Context.run of
# a copied context in another thread sees the copy's values.
import contextvars
import threading

var = contextvars.ContextVar('var', default=42)
plain = contextvars.ContextVar('plain')
plain.set('outer')
var.set(1)
seen = []


def in_thread():
    seen.append((plain.get('empty'), var.get()))
    var.set(-1)
    seen.append(var.get())


th = threading.Thread(target=in_thread)
th.start()
th.join()
print(seen, var.get(), plain.get())

ctx = contextvars.copy_context()
results = []
th = threading.Thread(target=lambda: results.append(ctx.run(lambda: (plain.get(), var.get()))))
th.start()
th.join()
print(results)


def each(n):
    var.set(n)
    for i in range(50):
        if var.get() != n:
            results.append('wrong')
    results.append(var.get())


results = []
threads = [threading.Thread(target=each, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), var.get())
