"""The state of gclab.objspace.finalizers that the frames read: below the object space,
so that Frame.run can test it before each instruction without importing the space.
finalizers.configure() sets CHECK_EVERY_INSTRUCTION before translation (a constant for
RPython: the test vanishes from the plans that do not need it)."""

CHECK_EVERY_INSTRUCTION = False     # the refcount plans: Frame.run tests STATE.count


class FinalizerState(object):
    """The objects waiting for their __del__ (destructor mode), and whether the loop
    that calls them is running (it is not re-entered from a __del__'s own frames)."""
    _attrs_ = ['dead_w', 'count', 'running', 'made']

    def __init__(self):
        self.dead_w = []
        self.count = 0      # len(dead_w), or 1 when the queue has something
        self.running = False
        self.made = 0       # W_InstanceDel made: at_exit has work only if some were


STATE = FinalizerState()
