# gclab's csv module, written for gclab after CPython 3.11's interface and behaviour:
# reader (from any iterable of str lines: files, io.StringIO, lists), writer (writerow,
# writerows), DictReader, DictWriter, the dialect parameters (delimiter, quotechar,
# escapechar, doublequote, skipinitialspace, lineterminator, quoting, strict) with
# CPython's checks and messages, QUOTE_MINIMAL/ALL/NONNUMERIC/NONE, the Dialect class
# and the excel, excel_tab and unix_dialect dialects, register_dialect/get_dialect/
# unregister_dialect/list_dialects, field_size_limit and Error.
# The reader is a character state machine with the states of CPython's _csv module, so
# it splits lines the way CPython does (quoted fields over several lines, "" in quoted
# fields, escapes, the strict errors, what a last unterminated line gives); the writer
# quotes and escapes as CPython's does.
# What differs from CPython: no Sniffer; reader and writer are classes (CPython: functions
# returning _csv.reader/_csv.writer objects), whose instances print as CPython's do; no
# __class_getitem__ on DictReader/DictWriter.

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error',
           'Dialect', '__doc__', 'excel', 'excel_tab', 'field_size_limit', 'reader',
           'writer', 'register_dialect', 'get_dialect', 'list_dialects',
           'unregister_dialect', '__version__', 'DictReader', 'DictWriter',
           'unix_dialect']

__version__ = '1.0'

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3

_field_limit = 128 * 1024
_dialects = {}


class Error(Exception):
    __module__ = '_csv'


def field_size_limit(*args):
    """Return the largest field the reader accepts; with an argument, set it too."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d"
                        % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# -- dialects ---------------------------------------------------------------------------

_PARAMS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar',
           'quoting', 'skipinitialspace', 'strict')
_MISSING = object()


def _char(name, value, default, none_ok):
    if value is _MISSING:
        return default
    if value is None and none_ok:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s'
                        % (name, ' or None' if none_ok else '', type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class Dialect:
    """The checked parameters of a reader or writer (read-only)."""
    __module__ = '_csv'

    def __init__(self, dialect=None, **kwargs):
        for name in kwargs:
            if name not in _PARAMS:
                raise TypeError("'%s' is an invalid keyword argument for this function"
                                % name)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        values = {}
        for name in _PARAMS:
            if name in kwargs:
                values[name] = kwargs[name]
            elif dialect is not None:
                values[name] = getattr(dialect, name, _MISSING)
            else:
                values[name] = _MISSING
        put = object.__setattr__
        put(self, 'delimiter', _char('delimiter', values['delimiter'], ',', False))
        put(self, 'doublequote', _flag(values['doublequote'], True))
        put(self, 'escapechar', _char('escapechar', values['escapechar'], None, True))
        terminator = values['lineterminator']
        if terminator is _MISSING:
            terminator = '\r\n'
        elif terminator is not None and not isinstance(terminator, str):
            raise TypeError('"lineterminator" must be a string')
        put(self, 'lineterminator', terminator)
        put(self, 'quotechar', _char('quotechar', values['quotechar'], '"', True))
        quoting = values['quoting']
        if quoting is _MISSING:
            quoting = QUOTE_MINIMAL
            if values['quotechar'] is None:
                quoting = QUOTE_NONE
        elif not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        put(self, 'quoting', quoting)
        put(self, 'skipinitialspace', _flag(values['skipinitialspace'], False))
        put(self, 'strict', _flag(values['strict'], False))
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if quoting != QUOTE_NONE and self.quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if terminator is None:
            raise TypeError("lineterminator must be set")

    def __setattr__(self, name, value):
        if name in _PARAMS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable"
                                 % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)


_Dialect = Dialect


def _flag(value, default):
    if value is _MISSING:
        return default
    return bool(value)


class Dialect:
    """Describe a CSV dialect: subclass it and set the parameters as class attributes
    (the subclass is checked when instantiated: csv.Error if a parameter is wrong)."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """The usual properties of a CSV file made on UNIX systems."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


register_dialect('excel', excel)
register_dialect('excel-tab', excel_tab)
register_dialect('unix', unix_dialect)


# -- reading ----------------------------------------------------------------------------

# the reader's states
_START_RECORD = 0       # nothing of the record yet
_START_FIELD = 1        # at the start of a field
_ESCAPED_CHAR = 2       # after an escapechar outside quotes
_IN_FIELD = 3           # in an unquoted field
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6      # after a quotechar inside quotes: "" or the end
_EAT_CRNL = 7           # after the end of the record, in its line's \r\n
_AFTER_ESCAPED_CRNL = 8

_EOL = None             # stands for the end of each line given


class reader:
    """Iterate over the records (lists of str fields) of the lines csvfile gives."""
    __module__ = '_csv'

    def __init__(self, csvfile, dialect=None, **fmtparams):
        # no dialect: the parameters not given are excel's
        self._lines = iter(csvfile)
        self.dialect = _Dialect(dialect, **fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be "
                            "opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _end_record(self, c):
        # the field is over and so is the record (at a \r or \n or the line's end)
        self._save_field()
        self._state = _START_RECORD if c is _EOL else _EAT_CRNL

    def _process(self, c):
        d = self.dialect
        state = self._state
        newline = c == '\n' or c == '\r'
        quote = c is not _EOL and c == d.quotechar and d.quoting != QUOTE_NONE
        escape = c is not _EOL and c == d.escapechar
        if state == _START_RECORD:
            if c is _EOL:
                return                  # an empty line: the record []
            if newline:
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if newline or c is _EOL:
                self._end_record(c)
            elif quote:
                self._state = _IN_QUOTED_FIELD
            elif escape:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if newline:
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char('\n' if c is _EOL else c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if newline or c is _EOL:
                self._end_record(c)
            elif escape:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif escape:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif quote:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char('\n' if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if quote:
                self._add_char(c)       # "" in a quoted field is one "
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif newline or c is _EOL:
                self._end_record(c)
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if newline:
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to "
                            "open the file in universal-newline mode?")


# -- writing ----------------------------------------------------------------------------

def _is_number(value):
    # what CPython's PyNumber_Check says: int, float, complex, bool, Decimal, Fraction...
    t = type(value)
    return (isinstance(value, complex) or hasattr(t, '__index__') or
            hasattr(t, '__int__') or hasattr(t, '__float__'))


class writer:
    """Write records (iterables of fields) to csvfile as delimited lines."""
    __module__ = '_csv'

    def __init__(self, csvfile, dialect=None, **fmtparams):
        write = getattr(csvfile, 'write', None)
        if write is None or not callable(write):
            raise TypeError('argument 1 must have a "write" method')
        self._write = write
        self.dialect = _Dialect(dialect, **fmtparams)

    def _field_text(self, text, quoted):
        d = self.dialect
        special = d.delimiter + (d.escapechar or '') + (d.quotechar or '') + d.lineterminator
        out = []
        for c in text:
            if c in special:
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                elif c == d.quotechar:
                    if d.doublequote:
                        out.append(c)
                    else:
                        escape = True
                elif c == d.escapechar:
                    escape = True
                if not escape and d.quoting != QUOTE_NONE:
                    quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        text = ''.join(out)
        if quoted:
            text = d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        """Write one record; return what the file's write() returned."""
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        texts = []
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                field = ''
            elif not isinstance(field, str):
                field = str(field)
            texts.append(self._field_text(field, quoted))
        if len(texts) == 1 and texts[0] == '':
            # a record of one empty field must not look like an empty line
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            texts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(texts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


# -- dictionaries -----------------------------------------------------------------------

class DictReader:
    """Read records as dicts keyed by fieldnames (by default, the first record's
    fields); extra fields go in a list under restkey, missing ones get restval.
    Empty records are skipped."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel',
                 *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames             # reads the header line
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        if len(names) < len(row):
            d[self.restkey] = row[len(names):]
        else:
            for key in names[len(row):]:
                d[key] = self.restval
        return d


class DictWriter:
    """Write dicts as records, their values in the order of fieldnames (restval for
    the missing ones; keys not in fieldnames raise ValueError unless extrasaction is
    'ignore')."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel',
                 *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
