# an uncaught exception raised while handling another: both tracebacks are printed
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds: " + str(self.balance))
        self.balance -= amount


acct = Account(10)
acct.withdraw(3)
print(acct.balance)
try:
    acct.withdraw(100)
except ValueError:
    {}["missing"]
