# A bank simulation: accounts with history, custom exceptions, transfers and interest.

class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance is {account.balance}")
        self.account, self.amount = account, amount

class AccountFrozen(BankError):
    pass

class Account:
    _next_number = 1000

    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("opening balance must be non-negative")
        Account._next_number += 1
        self.number = Account._next_number
        self.owner = owner
        self._balance = balance
        self.history = [("open", balance)]
        self.frozen = False

    @property
    def balance(self):
        return self._balance

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, #{self.number}, balance={self._balance})"

class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate_percent=2):
        super().__init__(owner, balance)
        self.rate_percent = rate_percent

    def add_interest(self):
        interest = self._balance * self.rate_percent // 100
        self._balance += interest
        self.history.append(("interest", interest))
        return interest

class OverdraftAccount(Account):
    def __init__(self, owner, balance=0, limit=100):
        super().__init__(owner, balance)
        self.limit = limit

    def withdraw(self, amount):
        self._check()
        if amount > self._balance + self.limit:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        src.withdraw(amount)
        try:
            dst.deposit(amount)
        except BankError:
            src.deposit(amount)
            raise
        return f"moved {amount} from #{src.number} to #{dst.number}"

    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
alice = bank.open(Account, "alice", 100)
bob = bank.open(SavingsAccount, "bob", 1000, rate_percent=5)
carol = bank.open(OverdraftAccount, "carol", 0, limit=50)
print(alice, bob, carol, sep="\n")

operations = [
    lambda: alice.deposit(50),
    lambda: alice.withdraw(500),
    lambda: bank.transfer(bob, alice, 200),
    lambda: carol.withdraw(30),
    lambda: carol.withdraw(30),
    lambda: bob.add_interest(),
    lambda: alice.deposit(-5),
    lambda: bank.open(Account, "dave", -1),
]
for op in operations:
    try:
        result = op()
        print("ok:", result)
    except BankError as e:
        print(f"{type(e).__name__}: {e}")
    except ValueError as e:
        print(f"ValueError: {e}")

bob.frozen = True
try:
    bank.transfer(alice, bob, 10)
except AccountFrozen as e:
    print("AccountFrozen:", e, "| alice still has", alice.balance)

for acct in sorted(bank.accounts.values(), key=lambda a: a.owner):
    print(acct.owner, acct.balance, acct.history)
print("total:", bank.total())
try:
    alice.balance = 0
except AttributeError as e:
    print("AttributeError:", e)
