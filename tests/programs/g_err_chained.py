# uncaught: raise ... from ... ends the program; both tracebacks and the "direct cause" line are printed
class ParseError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError("bad port: " + repr(text)) from e


def load(cfg):
    return {"port": parse_port(cfg["port"])}


print(load({"port": "80"}))
print(load({"port": "eighty"}))
