# DeltaBlue-flavoured constraint propagation (class hierarchy, strengths, planning)
class Strength:
    REQUIRED = None
    STRONG_PREFERRED = None
    PREFERRED = None
    STRONG_DEFAULT = None
    NORMAL = None
    WEAK_DEFAULT = None
    WEAKEST = None

    def __init__(self, strength, name):
        self.strength = strength
        self.name = name

    @classmethod
    def stronger(cls, s1, s2):
        return s1.strength < s2.strength

    @classmethod
    def weaker(cls, s1, s2):
        return s1.strength > s2.strength

    @classmethod
    def weakest_of(cls, s1, s2):
        return s1 if cls.weaker(s1, s2) else s2

    def next_weaker(self):
        strengths = {0: Strength.WEAKEST, 1: Strength.WEAK_DEFAULT, 2: Strength.NORMAL,
                     3: Strength.STRONG_DEFAULT, 4: Strength.PREFERRED, 5: Strength.REQUIRED}
        return strengths[self.strength]

    def __repr__(self):
        return self.name


Strength.REQUIRED = Strength(0, "required")
Strength.STRONG_PREFERRED = Strength(1, "strongPreferred")
Strength.PREFERRED = Strength(2, "preferred")
Strength.STRONG_DEFAULT = Strength(3, "strongDefault")
Strength.NORMAL = Strength(4, "normal")
Strength.WEAK_DEFAULT = Strength(5, "weakDefault")
Strength.WEAKEST = Strength(6, "weakest")


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = Strength.WEAKEST
        self.stay = True

    def add_constraint(self, c):
        self.constraints.append(c)

    def remove_constraint(self, c):
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None

    def __repr__(self):
        return "%s=%r" % (self.name, self.value)


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def add_constraint(self):
        self.add_to_graph()
        PLANNER.incremental_add(self)

    def destroy_constraint(self):
        if self.is_satisfied():
            PLANNER.incremental_remove(self)
        self.remove_from_graph()

    def is_input(self):
        return False

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, self.strength)


class UnaryConstraint(Constraint):
    def __init__(self, v, strength):
        super().__init__(strength)
        self.my_output = v
        self.satisfied = False
        self.add_constraint()

    def add_to_graph(self):
        self.my_output.add_constraint(self)
        self.satisfied = False

    def remove_from_graph(self):
        if self.my_output is not None:
            self.my_output.remove_constraint(self)
        self.satisfied = False

    def choose_method(self):
        self.satisfied = (self.my_output.determined_by is None or
                          Strength.stronger(self.strength, self.my_output.walk_strength))

    def is_satisfied(self):
        return self.satisfied

    def output(self):
        return self.my_output

    def recalculate(self):
        self.my_output.walk_strength = self.strength
        self.my_output.stay = not self.is_input()
        if self.my_output.stay:
            self.execute()

    def inputs_known(self, mark):
        return True


class StayConstraint(UnaryConstraint):
    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True

    def execute(self):
        pass


class BinaryConstraint(Constraint):
    FORWARD, BACKWARD, NONE = 1, 2, 0

    def __init__(self, v1, v2, strength):
        super().__init__(strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = self.NONE
        self.add_constraint()

    def add_to_graph(self):
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.direction = self.NONE

    def remove_from_graph(self):
        self.v1.remove_constraint(self)
        self.v2.remove_constraint(self)
        self.direction = self.NONE

    def choose_method(self):
        if self.v1.determined_by is None and self.v2.determined_by is None:
            self.direction = self.FORWARD if Strength.weaker(self.v2.walk_strength, self.v1.walk_strength) else self.BACKWARD
        elif self.v2.determined_by is None or self.v2.determined_by is self:
            self.direction = self.FORWARD if Strength.stronger(self.strength, self.v2.walk_strength) else self.NONE
        else:
            self.direction = self.BACKWARD if Strength.stronger(self.strength, self.v1.walk_strength) else self.NONE

    def is_satisfied(self):
        return self.direction != self.NONE

    def output(self):
        return self.v2 if self.direction == self.FORWARD else self.v1

    def input(self):
        return self.v1 if self.direction == self.FORWARD else self.v2

    def recalculate(self):
        ihn = self.input()
        out = self.output()
        out.walk_strength = Strength.weakest_of(self.strength, ihn.walk_strength)
        out.stay = ihn.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    def __init__(self, src, scale, offset, dest, strength):
        self.scale = scale
        self.offset = offset
        super().__init__(src, dest, strength)

    def execute(self):
        if self.direction == self.FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value


class Planner:
    def __init__(self):
        self.log = []

    def incremental_add(self, c):
        c.choose_method()
        if c.is_satisfied():
            out = c.output()
            old = out.determined_by
            out.determined_by = c
            c.recalculate()
            self.propagate_from(out)
            self.log.append(('add', type(c).__name__, out.name, old is not None))

    def incremental_remove(self, c):
        out = c.output()
        out.determined_by = None
        out.walk_strength = Strength.WEAKEST
        self.log.append(('remove', type(c).__name__, out.name))

    def propagate_from(self, v, depth=0):
        for c in list(v.constraints):
            if c is not v.determined_by and isinstance(c, BinaryConstraint):
                c.choose_method()
                if c.is_satisfied() and c.input() is v:
                    out = c.output()
                    out.determined_by = c
                    c.recalculate()
                    if depth < 50:
                        self.propagate_from(out, depth + 1)


PLANNER = Planner()


def chain_test(n):
    prev = first = last = None
    vars_ = []
    for i in range(n + 1):
        v = Variable("v%d" % i)
        vars_.append(v)
        if prev is not None:
            EqualityConstraint(prev, v, Strength.REQUIRED)
        if i == 0:
            first = v
        if i == n:
            last = v
        prev = v
    StayConstraint(last, Strength.STRONG_DEFAULT)
    edit = EditConstraint(first, Strength.PREFERRED)
    for val in (17, 100, -3):
        first.value = val
        PLANNER.propagate_from(first)
        print("chain", n, val, last.value, all(v.value == val for v in vars_))
    edit.destroy_constraint()


def projection_test(n):
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    dests = []
    srcs = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        dests.append(dst)
        srcs.append(src)
        StayConstraint(src, Strength.NORMAL)
        ScaleConstraint(src, scale, offset, dst, Strength.REQUIRED)
    print("projection", [d.value for d in dests])
    srcs[1].value = 7
    PLANNER.propagate_from(srcs[1])
    print("after change", dests[1], dests[2])


chain_test(10)
projection_test(5)
print(len(PLANNER.log), PLANNER.log[:3], PLANNER.log[-1])
print(Strength.REQUIRED, Strength.weakest_of(Strength.NORMAL, Strength.PREFERRED), Strength.NORMAL.next_weaker())
