"""RPython's `rpython` command with a private build cache:

    pypy -m gclab.gc.translate CACHE_DIR <translation options> target <target options>

tools/translate.py runs every translation through this, so that two of them at once do
not delete each other's cache (rpython_patches.private_build_cache says why)."""

import sys


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    from gclab.gc import rpython_patches
    rpython_patches.private_build_cache(argv[1])
    sys.argv = ['rpython'] + argv[2:]
    from rpython.translator.goal.translate import main as rpython_main
    rpython_main()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
