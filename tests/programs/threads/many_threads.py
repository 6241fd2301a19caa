# a hundred short-lived threads, each allocating garbage
import threading

results = [0] * 100


def work(i):
    garbage = [[j] * 10 for j in range(200)]
    results[i] = sum(len(g) for g in garbage) + i


ts = []
for i in range(100):
    t = threading.Thread(target=work, args=(i,), name="w" + str(i))
    ts.append(t)
    t.start()
for t in ts:
    t.join()
print(sum(results), results[:3], results[-1])
print(ts[5].name, ts[5].is_alive())
