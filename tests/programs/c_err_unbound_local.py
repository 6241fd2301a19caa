# uncaught UnboundLocalError: a name assigned later in the function is local everywhere in it
total = 10
def safe():
    global total
    total += 1
    return total
print(safe())
def caught():
    try:
        print(total)
        total = 0
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
caught()
def buggy(n):
    if n > 100:
        result = 'big'
    return result
print(buggy(500))
print(buggy(5))
