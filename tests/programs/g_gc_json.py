# GC workload: a JSON-like serializer and parser for nested dicts/lists, written in Python
def dumps(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        out = ['"']
        for ch in v:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join([dumps(x) for x in v]) + "]"
    if isinstance(v, dict):
        items = []
        for k in v:
            items.append(dumps(str(k)) + ": " + dumps(v[k]))
        return "{" + ", ".join(items) + "}"
    raise TypeError("cannot serialize " + type(v).__name__)


class ParseError(Exception):
    pass


class Reader:
    def __init__(self, s):
        self.s = s
        self.i = 0

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t":
            self.i += 1

    def value(self):
        self.ws()
        if self.i >= len(self.s):
            raise ParseError("unexpected end at %d" % self.i)
        ch = self.s[self.i]
        if ch == "{":
            self.i += 1
            d = {}
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1
                return d
            while True:
                self.ws()
                k = self.value()
                self.ws()
                self.expect(":")
                d[k] = self.value()
                self.ws()
                if self.s[self.i] == ",":
                    self.i += 1
                    continue
                self.expect("}")
                return d
        if ch == "[":
            self.i += 1
            lst = []
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1
                return lst
            while True:
                lst.append(self.value())
                self.ws()
                if self.s[self.i] == ",":
                    self.i += 1
                    continue
                self.expect("]")
                return lst
        if ch == '"':
            self.i += 1
            out = []
            while self.s[self.i] != '"':
                c = self.s[self.i]
                if c == "\\":
                    self.i += 1
                    c = self.s[self.i]
                    c = {"n": "\n"}.get(c, c)
                out.append(c)
                self.i += 1
            self.i += 1
            return "".join(out)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.s) and self.s[j] in "-+.0123456789eE":
            j += 1
        if j == self.i:
            raise ParseError("bad char %r at %d" % (ch, self.i))
        text = self.s[self.i:j]
        self.i = j
        if "." in text or "e" in text:
            return float(text)
        return int(text)

    def expect(self, ch):
        if self.s[self.i] != ch:
            raise ParseError("expected %r at %d, got %r" % (ch, self.i, self.s[self.i]))
        self.i += 1


def loads(s):
    return Reader(s).value()


doc = {"name": "gc\"lab", "tags": ["rpython", "gc", "bench"], "version": 3,
       "ratio": 0.25, "nested": {"a": [1, [2, [3, None]]], "ok": True, "no": False},
       "text": "line1\nline2", "empty": {}, "nothing": []}
s = dumps(doc)
print(s)
back = loads(s)
print(back == doc, dumps(back) == s)
print(back["nested"]["a"][1][1], back["text"].split("\n"))
for bad in ['{"a" 1}', "[1, 2", "[1, @]"]:
    try:
        loads(bad)
    except ParseError as e:
        print("ParseError:", e)
    except IndexError as e:
        print("IndexError:", e)
try:
    dumps({"x": print})
except TypeError as e:
    print("TypeError:", e)

# build, serialize, parse and drop many records
total = 0
for r in range(8):
    records = []
    for i in range(20):
        records.append({"id": r * 100 + i, "sq": [i, i * i], "name": "item%d" % i,
                        "w": i / 4.0, "flag": i % 2 == 0})
    text = dumps({"round": r, "records": records})
    parsed = loads(text)
    total += len(text) + sum([rec["sq"][1] for rec in parsed["records"]])
    records = parsed = text = None
print("total", total)
