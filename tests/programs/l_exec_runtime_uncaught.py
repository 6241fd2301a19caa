# An exception raised inside exec'd code: the traceback goes through "<string>".
def run(src):
    exec(src, {})


run('def boom(n):\n    return 10 // n\n\nboom(2)\nboom(0)\n')
