# islower/isupper/istitle with titlecase letters (category Lt, as U+01C5): cased, but
# neither lower nor upper case, as CPython.
for s in ['ǅa', 'ǅA', 'ᾈa', 'ǅ', 'abc', 'ABC', 'Ǆ', 'ǆ', 'aǅ', 'ǅ1', '', '123', 'ⅷ', 'Ⅷ']:
    print(repr(s), s.islower(), s.isupper(), s.istitle())
