# GC workload: a tiny tokenizer and recursive-descent evaluator for arithmetic
def tokenize(src):
    toks = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            toks.append(("num", int(src[i:j])))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            toks.append(("name", src[i:j]))
            i = j
        elif ch in "+-*/()=":
            toks.append(("op", ch))
            i += 1
        else:
            raise SyntaxError("bad char " + repr(ch))
    return toks


class Parser:
    def __init__(self, toks, env):
        self.toks = toks
        self.pos = 0
        self.env = env

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else ("eof", None)

    def take(self):
        t = self.peek()
        self.pos += 1
        return t

    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            v = v + self.term() if self.take()[1] == "+" else v - self.term()
        return v

    def term(self):
        v = self.atom()
        while self.peek() in (("op", "*"), ("op", "/")):
            v = v * self.atom() if self.take()[1] == "*" else v // self.atom()
        return v

    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if kind == "name":
            return self.env[val]
        if val == "-":
            return -self.atom()
        if val == "(":
            v = self.expr()
            self.take()
            return v
        raise SyntaxError("unexpected " + repr(val))


env = {}
program = ["x = 3 + 4 * 2", "y = (x - 1) * (x + 1)", "z = y / 7 - -x", "w = z * z + x * y"]
for line in program:
    toks = tokenize(line)
    name = toks[0][1]
    env[name] = Parser(toks[2:], env).expr()
    print(name, "=", env[name], len(toks))
print(tokenize("a1 + 22*(b)"))
for bad in ["3 $ 4", "(1 + )", "q + 1"]:
    try:
        print(Parser(tokenize(bad), env).expr())
    except SyntaxError as e:
        print("SyntaxError", e)
    except KeyError as e:
        print("KeyError", e)
