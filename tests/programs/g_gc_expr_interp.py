# GC workload: an interpreter for expression trees (AST node classes), parser included
class Node:
    def eval(self, env):
        raise NotImplementedError


class Num(Node):
    def __init__(self, v):
        self.v = v

    def eval(self, env):
        return self.v

    def __repr__(self):
        return "Num(%r)" % (self.v,)


class Var(Node):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env[self.name]

    def __repr__(self):
        return "Var(%r)" % (self.name,)


class BinOp(Node):
    OPS = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a // b,
        "<": lambda a, b: 1 if a < b else 0,
    }

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env):
        return BinOp.OPS[self.op](self.left.eval(env), self.right.eval(env))

    def __repr__(self):
        return "BinOp(%r, %r, %r)" % (self.op, self.left, self.right)


class Let(Node):
    def __init__(self, name, value, body):
        self.name = name
        self.value = value
        self.body = body

    def eval(self, env):
        new_env = dict(env)
        new_env[self.name] = self.value.eval(env)
        return self.body.eval(new_env)


class If(Node):
    def __init__(self, cond, then, other):
        self.cond = cond
        self.then = then
        self.other = other

    def eval(self, env):
        if self.cond.eval(env):
            return self.then.eval(env)
        return self.other.eval(env)


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            tokens.append(int(text[i:j]))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            tokens.append(text[i:j])
            i = j
        else:
            tokens.append(ch)
            i += 1
    return tokens


class Parser:
    def __init__(self, text):
        self.toks = tokenize(text)
        self.pos = 0

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def expr(self):
        if self.peek() == "let":
            self.take()
            name = self.take()
            self.take()  # =
            value = self.expr()
            self.take()  # in
            return Let(name, value, self.expr())
        if self.peek() == "if":
            self.take()
            c = self.expr()
            self.take()  # then
            t = self.expr()
            self.take()  # else
            return If(c, t, self.expr())
        return self.compare()

    def compare(self):
        left = self.sum()
        while self.peek() == "<":
            self.take()
            left = BinOp("<", left, self.sum())
        return left

    def sum(self):
        left = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            left = BinOp(op, left, self.term())
        return left

    def term(self):
        left = self.atom()
        while self.peek() in ("*", "/"):
            op = self.take()
            left = BinOp(op, left, self.atom())
        return left

    def atom(self):
        t = self.take()
        if t == "(":
            e = self.expr()
            self.take()
            return e
        if isinstance(t, int):
            return Num(t)
        return Var(t)


print(tokenize("let x = 10 in x*(x+2)"))
tree = Parser("1 + 2 * 3 - 4").expr()
print(tree)
print(tree.eval({}))
progs = [
    "let x = 10 in x * (x + 2)",
    "let a = 3 in let b = a * a in if a < b then b - a else a - b",
    "(1 + 2) * (3 + 4) / 2",
    "let n = 5 in n * n * n + y",
    "if 3 < 2 then 100 else 200 + x",
]
for src in progs:
    print(src, "=>", Parser(src).expr().eval({"x": 7, "y": 1000}))


def build_sum(n):
    # a deep left-leaning tree: ((((0 + 1) + 2) + ...)
    t = Num(0)
    for i in range(1, n + 1):
        t = BinOp("+", t, BinOp("*", Num(i), Var("k")))
    return t


acc = 0
for k in range(1, 30):
    t = build_sum(60)
    acc += t.eval({"k": k})
    t = None
print("acc", acc)
try:
    Parser("zz + 1").expr().eval({})
except KeyError as e:
    print("unbound", e)
