# uncaught NameError raised in a method called through another method and a function
class Report:
    def __init__(self, rows):
        self.rows = rows
    def total(self):
        return sum(self.rows)
    def render(self):
        return 'total=%d avg=%s' % (self.total(), averge(self.rows))
def main():
    r = Report([1, 2, 3])
    print(r.total())
    print(r.render())
main()
