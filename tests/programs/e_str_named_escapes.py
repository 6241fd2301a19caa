# \N{NAME} escapes: the names gclab knows (a table of common ones, gclab/interp/lexer.py),
# case-insensitive, not in bytes or raw strings
print("\N{BULLET} a\N{EM DASH}b", len("\N{em dash}"), "\N{DEGREE SIGN}C", b"\N{BULLET}", r"\N{BULLET}")
