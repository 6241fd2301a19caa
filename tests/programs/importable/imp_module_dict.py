"""A module whose names c_module_dict_identity.py reads and writes through its dict."""
X = 1


def get_x():
    return X


def own_globals():
    return globals()


def set_global(name, value):
    globals()[name] = value


def lookup(name):
    return globals().get(name, 'absent')
