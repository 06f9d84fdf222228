# an inventory report whose final lookup raises an uncaught KeyError (exit status 1)

inventory = {"apple": 3, "banana": 0, "cherry": 12}
prices = {"apple": 0.5, "banana": 0.25, "cherry": 0.1, "durian": 9.0}
orders = [("apple", 2), ("cherry", 5), ("banana", 1), ("durian", 1)]


def fulfil(item, qty):
    have = inventory.get(item, 0)
    if have < qty:
        return "short %s: have %d, need %d" % (item, have, qty)
    inventory[item] = have - qty
    return "sent %d %s for %.2f" % (qty, item, qty * prices[item])


for item, qty in orders:
    print(fulfil(item, qty))
print(inventory)
print(sorted(inventory.items(), key=lambda kv: kv[1], reverse=True))
value = sum(qty * prices[item] for item, qty in inventory.items())
print("stock value: %.2f" % value)
restock = {"banana": 10, "elderberry": 4}
for item, qty in restock.items():
    inventory[item] = inventory.get(item, 0) + qty
print(inventory)
try:
    print(prices["elderberry"])
except KeyError as e:
    print("no price for", e)
print("computing value with strict lookups")
value = sum(qty * prices[item] for item, qty in inventory.items())
print("unreachable", value)
# (padding)
# (padding)
# (padding)
# (padding)
# The last line of stderr must be exactly: KeyError: 'elderberry'
# and the exit status must be 1; everything printed before stays on stdout.
#
#
