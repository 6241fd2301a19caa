# uncaught: an exception raised inside a method, called from a function called at module level (multi-frame traceback)
class Ledger:
    def __init__(self):
        self.entries = {}

    def post(self, account, amount):
        self.entries[account] = self.entries.get(account, 0) + amount
        return self.entries[account]

    def ratio(self, a, b):
        return self.entries[a] / self.entries[b]


def settle(ledger, pairs):
    out = []
    for a, b in pairs:
        out.append(ledger.ratio(a, b))
    return out


def main():
    led = Ledger()
    led.post("cash", 100)
    led.post("bank", 50)
    led.post("void", 0)
    print(settle(led, [("cash", "bank"), ("bank", "cash")]))
    print(settle(led, [("cash", "void")]))
    print("not reached")


main()
