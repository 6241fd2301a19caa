# GC workload: warehouse inventory with many small item/order objects, restocks, failures, reports
class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__("%s: wanted %d, have %d" % (sku, wanted, have))
        self.sku = sku
        self.short = wanted - have


class Item:
    count = 0

    def __init__(self, sku, price_cents, qty):
        self.sku = sku
        self.price = price_cents
        self.qty = qty
        Item.count += 1

    def __repr__(self):
        return "Item(%s, %d, %d)" % (self.sku, self.price, self.qty)


class Line:
    def __init__(self, item, qty):
        self.item = item
        self.qty = qty

    def total(self):
        return self.item.price * self.qty


class Order:
    def __init__(self, number):
        self.number = number
        self.lines = []

    def add(self, item, qty):
        self.lines.append(Line(item, qty))
        return self

    def total(self):
        return sum([l.total() for l in self.lines])


class Warehouse:
    def __init__(self):
        self.items = {}
        self.log = []
        self.revenue = 0

    def stock(self, sku, price, qty):
        if sku in self.items:
            self.items[sku].qty += qty
        else:
            self.items[sku] = Item(sku, price, qty)

    def fulfil(self, order):
        for line in order.lines:
            if line.item.qty < line.qty:
                raise OutOfStock(line.item.sku, line.qty, line.item.qty)
        for line in order.lines:
            line.item.qty -= line.qty
        self.revenue += order.total()
        self.log.append((order.number, order.total()))

    def report(self):
        low = [it for it in self.items.values() if it.qty < 5]
        return sorted(low, key=lambda it: (it.qty, it.sku))


w = Warehouse()
for i in range(30):
    w.stock("SKU%02d" % i, 100 + i * 25, 10 + i % 7)
print(len(w.items), Item.count, w.items["SKU03"])
seed = 99
failed = []
for n in range(400):
    o = Order(n)
    for k in range(1 + n % 3):
        seed = (seed * 16807) % 2147483647
        o.add(w.items["SKU%02d" % (seed % 30)], 1 + seed % 4)
    try:
        w.fulfil(o)
    except OutOfStock as e:
        failed.append((n, e.sku, e.short))
        if len(failed) <= 3:
            print("failed order", n, "-", e)
    if n % 50 == 49:
        for sku in sorted(w.items):
            if w.items[sku].qty < 3:
                w.stock(sku, 0, 8)
print("orders ok", len(w.log), "failed", len(failed), "revenue", w.revenue)
print("shortage total", sum([f[2] for f in failed]))
print(w.report()[:4])
print("biggest", max(w.log, key=lambda t: (t[1], -t[0])))
print("items created", Item.count)
w = None
