# match statements over an AST-like interpreter + dataclasses
from dataclasses import dataclass
from typing import Union


@dataclass
class Num:
    value: float


@dataclass
class BinOp:
    op: str
    left: 'Expr'
    right: 'Expr'


@dataclass
class Neg:
    operand: 'Expr'


@dataclass
class Var:
    name: str


Expr = Union[Num, BinOp, Neg, Var]


def evaluate(e, env):
    match e:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound {name}")
        case Neg(Num(v)):
            return -v
        case Neg(x):
            return -evaluate(x, env)
        case BinOp('+', l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp('*', Num(0), _) | BinOp('*', _, Num(0)):
            return 0
        case BinOp('*' | '/' as op, l, r):
            a, b = evaluate(l, env), evaluate(r, env)
            return a * b if op == '*' else a / b
        case BinOp(op=op):
            raise ValueError(f"unknown op {op}")


def simplify(e):
    match e:
        case BinOp('+', Num(0), x) | BinOp('+', x, Num(0)):
            return simplify(x)
        case BinOp('*', Num(1), x) | BinOp('*', x, Num(1)):
            return simplify(x)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case Neg(Neg(x)):
            return simplify(x)
        case _:
            return e


def command(cmd):
    match cmd.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", *rest]:
            return f"can't go {' '.join(rest) or 'nowhere'}"
        case ["take", item, *others] if others:
            return f"take {item} and {len(others)} more"
        case ["take", item]:
            return f"take {item}"
        case [("quit" | "exit")]:
            return "bye"
        case _:
            return f"unknown {cmd!r}"


def config(c):
    match c:
        case {"type": "db", "host": str(host), "port": int(port), **rest}:
            return f"db {host}:{port} extra={sorted(rest)}"
        case {"type": "cache", "size": int() | float() as size}:
            return f"cache {size}"
        case {"type": t}:
            return f"unknown type {t}"
        case [1, 2, *_]:
            return "list starting 1,2"
        case (x, y) if x == y:
            return "pair equal"
        case (x, y):
            return f"pair {x},{y}"
        case str() | bytes():
            return "text"
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1:
            return "bit"
        case -1.5:
            return "neg float"
        case _:
            return "other " + type(c).__name__


tree = BinOp('+', Num(2), BinOp('*', Var('x'), Neg(Num(3))))
print(evaluate(tree, {'x': 4}), evaluate(BinOp('*', Num(0), Var('zz')), {}), evaluate(BinOp('/', Num(1), Num(4)), {}))
print(simplify(BinOp('+', Num(0), BinOp('*', Var('y'), Num(1)))), simplify(Neg(Neg(Var('z')))))
for bad in (Var('q'), BinOp('%', Num(1), Num(2))):
    try:
        evaluate(bad, {})
    except (NameError, ValueError) as e:
        print(type(e).__name__, e)
for c in ["", "go north", "go up stairs", "go", "take lamp", "take a b c", "quit", "dance"]:
    print(command(c))
for c in [{"type": "db", "host": "h", "port": 5, "user": "u"}, {"type": "cache", "size": 1.5}, {"type": "x"},
          [1, 2, 3], (4, 4), (4, 5), "s", b"b", None, True, 1, 0, -1.5, 2.0, [1]]:
    print(config(c))
print(Num.__match_args__, BinOp.__match_args__)
