# dataclasses with `from __future__ import annotations`: InitVar and KW_ONLY given as
# strings are still recognized.
from __future__ import annotations

from dataclasses import InitVar, KW_ONLY, dataclass, fields


@dataclass
class Sized:
    name: str
    factor: InitVar[int] = 2
    _: KW_ONLY
    size: int = 1

    def __post_init__(self, factor):
        self.size *= factor


s = Sized('a', 3, size=5)
print(s, [f.name for f in fields(Sized)], Sized('b'), Sized.__match_args__)
