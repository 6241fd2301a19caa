print('imp_raises starts')
STARTED = True


def fail():
    raise LookupError('imp_raises fails while it is imported')


fail()
