# int(), float() and super() check what they are given and what special methods return.
class A:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v


class Ix:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Tr:
    def __trunc__(self):
        return 4


class Fl:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return self.v


class Base:
    def who(self):
        return 'Base'


class Derived(Base):
    def who(self):
        return 'Derived>' + super().who()


cases = [
    lambda: int(A(3)), lambda: int(A(None)), lambda: int(A(2.5)),
    lambda: int(Ix(7)), lambda: int(Ix('7')),
    lambda: float(Fl(1.5)), lambda: float(Fl(2)), lambda: float(Ix(3)),
    lambda: super(str, 0), lambda: super(int, 'x'), lambda: super(1, 2),
    lambda: super(Derived, Derived()).who(), lambda: Derived().who(),
    lambda: super(Derived, Derived).who.__qualname__, lambda: super(Derived, Base()),
    lambda: super(bool, True).__add__(1),
]
for case in cases:
    try:
        print(case())
    except TypeError as e:
        print('TypeError:', e)
