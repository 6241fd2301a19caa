# an uncaught exception in a thread is reported and the program goes on
import threading


def bad():
    raise ValueError("boom in thread")


t = threading.Thread(target=bad)
t.start()
t.join()
print("main continues", t.is_alive())
