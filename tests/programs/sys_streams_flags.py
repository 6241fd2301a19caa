# sys.stdout.buffer (bytes between text, in order), sys.flags / hash_info /
# thread_info, sys.is_finalizing, time.thread_time (is_finalizing() at exit, in a
# __del__, is not checked here: the plans that never free run no __del__)
import sys
import time

print("text before")
sys.stdout.buffer.write(b"P4\n2 1\n\xc3\xa9\n")   # (the corpus reads UTF-8)
print("text after")
sys.stdout.buffer.flush()
print(sys.stdout.buffer.mode, sys.stdout.buffer.name, sys.stdout.buffer is sys.stdout.buffer)
print(type(sys.stdin.buffer).__name__, sys.stdin.buffer.mode)
print(sys.flags.optimize, sys.flags.debug, sys.flags.dev_mode, sys.flags.quiet,
      sys.flags.int_max_str_digits, len(sys.flags))
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf,
      sys.hash_info.imag, hash(float("inf")) == sys.hash_info.inf,
      hash(2 ** 61) == 2 ** 61 % sys.hash_info.modulus)
print(sys.thread_info.name)
t, n = time.thread_time(), time.thread_time_ns()
print(type(t).__name__, type(n).__name__, t >= 0.0, n >= 0)
print("finalizing:", sys.is_finalizing())

