# A TabError in the program itself is reported before it runs.
print("never printed")


def f(x):
    if x:
        return 1
	return 2
