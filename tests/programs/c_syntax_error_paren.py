# a SyntaxError from an unclosed bracket: nothing runs, status 1
values = [1, 2, 3
print(values)
