# GC workload: bank-account simulation with classes, exceptions and a transaction log
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        Exception.__init__(self, "%s short by %d" % (account.owner, amount - account.balance))
        self.amount = amount


class Account:
    next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("bad amount")
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))


class Savings(Account):
    rate = 3

    def add_interest(self):
        interest = self.balance * self.rate // 100
        self.deposit(interest) if interest > 0 else None
        return interest


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, owner, balance):
        acct = cls(owner, balance)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            return "failed: " + str(e)
        self.accounts[dst].deposit(amount)
        return "ok"


bank = Bank()
a = bank.open(Account, "ann", 100)
b = bank.open(Savings, "bob", 1000)
c = bank.open(Account, "cy", 0)
print(bank.transfer(a.id, c.id, 30), bank.transfer(c.id, a.id, 50))
seed = 7
for day in range(200):
    seed = (seed * 75 + 74) % 65537
    src, dst = seed % 3 + 1, (seed // 3) % 3 + 1
    if src != dst:
        bank.transfer(src, dst, seed % 120 + 1)
    if day % 30 == 0:
        b.add_interest()
for acct in bank.accounts.values():
    print(acct.id, acct.owner, type(acct).__name__, acct.balance, len(acct.history))
print("total", sum(x.balance for x in bank.accounts.values()))
try:
    a.deposit(-5)
except ValueError as e:
    print("ValueError", e)
print(isinstance(InsufficientFunds(a, 10**6), Exception), b.history[0])
