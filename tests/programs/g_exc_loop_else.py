# exceptions: try/except/else inside loops - continue, break, retry loops, for-else with exceptions
class ConnectionFailed(OSError):
    pass


def parse_all(items):
    out = []
    errors = 0
    for s in items:
        try:
            v = int(s)
        except ValueError:
            errors += 1
            continue
        else:
            out.append(v)
        finally:
            out.append("|")
    return out, errors


print(parse_all(["1", "x", "3", "", "-4"]))


class Flaky:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    def fetch(self):
        self.calls += 1
        if self.calls <= self.failures:
            raise ConnectionFailed("attempt %d failed" % self.calls)
        return "data after %d calls" % self.calls


def retry(obj, attempts):
    errors = []
    for n in range(attempts):
        try:
            result = obj.fetch()
        except ConnectionFailed as e:
            errors.append(str(e))
        else:
            return result, errors
    raise RuntimeError("gave up after %d attempts" % attempts)


print(retry(Flaky(2), 5))
try:
    retry(Flaky(9), 3)
except RuntimeError as e:
    print("RuntimeError:", e)


def find_divisor(nums, d):
    for n in nums:
        try:
            if n % d == 0:
                found = n
                break
        except ZeroDivisionError:
            return "cannot divide by zero"
    else:
        return "none divisible"
    return "found %d" % found


print(find_divisor([3, 5, 10], 5), find_divisor([3, 7], 5), find_divisor([1], 0))

total = 0
i = 0
while i < 10:
    i += 1
    try:
        if i % 3 == 0:
            raise ValueError(i)
        total += i
    except ValueError as e:
        total -= e.args[0]
        if e.args[0] == 9:
            break
print("total", total, "i", i)

matrix = [[1, 2], [3, 0], [4, 5]]
res = []
for row in matrix:
    for x in row:
        try:
            res.append(12 // x)
        except ZeroDivisionError:
            res.append("inf")
            break
    else:
        res.append("row-done")
print(res)

seen = []
for k in ["a", "b", "missing", "c"]:
    try:
        seen.append({"a": 1, "b": 2, "c": 3}[k])
    except KeyError as e:
        seen.append("no " + str(e))
        continue
    seen.append("+")
print(seen)
