# a shared counter incremented by several threads under a lock
import threading

counter = 0
lock = threading.Lock()


def work(n):
    global counter
    for i in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=work, args=(10000,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)
print("alive", [t.is_alive() for t in threads])
print(threading.active_count(), threading.current_thread().name)
