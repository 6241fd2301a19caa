# except* misuse: SyntaxErrors from compile() and exec(), as CPython 3.11
sources = [
    "try:\n    pass\nexcept* :\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept KeyError:\n    pass\n",
    "try:\n    pass\nexcept KeyError:\n    pass\nexcept* ValueError:\n    pass\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return x + 1\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n        finally:\n            return 2\n",
    "try:\n    pass\nexcept* ValueError, TypeError:\n    pass\n",
    "try:\n    pass\nexcept *ValueError:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    for x in y:\n        continue\n    def g():\n        return 2\n",
    "try:\n    pass\nexcept* ValueError:\n    class C:\n        pass\n    lambda: 1\n",
    "while True:\n    try:\n        pass\n    except* ValueError:\n        while True:\n            break\n    break\n",
]
for src in sources:
    try:
        compile(src, '<s>', 'exec')
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    exec("try:\n    1/0\nexcept* ZeroDivisionError as e:\n    print('exec', repr(e))\n")
except SyntaxError as e:
    print('no', e)
