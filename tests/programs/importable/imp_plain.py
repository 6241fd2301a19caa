"""A plain module next to nothing: imported by l_import_files.py."""
print('imp_plain runs as', __name__, repr(__package__))
COUNT = 0


def bump():
    global COUNT
    COUNT += 1
    return COUNT


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
