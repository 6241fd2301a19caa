# The report of an uncaught AttributeError offers the closest name of dir(obj), as
# CPython 3.11's (errors_did_you_mean.py: NameError).
class Account:
    def __init__(self):
        self.balance = 10

    def deposit(self, n):
        self.balance += n


acct = Account()
acct.deposit(5)
print(acct.balance)
acct.depositt(1)
