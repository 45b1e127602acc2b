"""Small adapters giving jobreq's salary_range a native Python value in
psycopg2 (text) and psycopg 3 (text and binary).

    from jobreq_adapters import SalaryRange, register_psycopg
    register_psycopg(conn)           # psycopg 3
    register_psycopg2(conn)          # psycopg2
"""
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

FACTORS = {"HOUR": 2080, "DAY": 260, "WEEK": 52, "MONTH": 12, "YEAR": 1}
PERIODS = ["HOUR", "DAY", "WEEK", "MONTH", "YEAR"]
_LITERAL = re.compile(r"^(-?[0-9.]+)?(\.\.)?(-?[0-9.]+)? ([A-Z]{3})/(HOUR|DAY|WEEK|MONTH|YEAR)$")


def _dec(x):
    return None if x is None else Decimal(str(x))


@dataclass(frozen=True)
class SalaryRange:
    """A pay range as jobreq stores it: bounds in major units (None = open)."""
    min: Optional[Decimal]
    max: Optional[Decimal]
    currency: str = "USD"
    period: str = "YEAR"

    def __post_init__(self):
        object.__setattr__(self, "min", _dec(self.min))
        object.__setattr__(self, "max", _dec(self.max))

    @classmethod
    def parse(cls, text):
        """Parse jobreq's canonical output (LO..HI CUR/PERIOD)."""
        m = _LITERAL.match(text)
        if not m:
            raise ValueError("not a canonical salary_range literal: %r" % text)
        lo, dots, hi, cur, period = m.groups()
        if not dots:
            return cls(Decimal(lo), Decimal(lo), cur, period)
        return cls(lo and Decimal(lo), hi and Decimal(hi), cur, period)

    def literal(self):
        """The canonical literal, used as the text parameter format."""
        def fmt(d):
            s = format(d.normalize(), "f")
            return s
        lo = "" if self.min is None else fmt(self.min)
        hi = "" if self.max is None else fmt(self.max)
        body = lo if (self.min is not None and self.min == self.max) else lo + ".." + hi
        return "%s %s/%s" % (body, self.currency, self.period)

    def annual(self):
        """Annual bounds with the server's fixed factors."""
        f = FACTORS[self.period]
        return (None if self.min is None else self.min * f,
                None if self.max is None else self.max * f)

    __str__ = literal


def _oid(conn):
    cur = conn.cursor()
    cur.execute("SELECT 'salary_range'::regtype::oid")
    oid = cur.fetchone()[0]
    cur.close()
    return oid


def register_psycopg2(conn):
    """psycopg2: read salary_range as SalaryRange and write SalaryRange values."""
    import psycopg2.extensions as ext

    oid = _oid(conn)
    caster = ext.new_type((oid,), "SALARY_RANGE",
                          lambda value, cur: None if value is None else SalaryRange.parse(value))
    ext.register_type(caster, conn)

    class Adapter:
        def __init__(self, sr):
            self.sr = sr

        def getquoted(self):
            return ext.adapt(self.sr.literal()).getquoted() + b"::salary_range"

    ext.register_adapter(SalaryRange, Adapter)


def register_psycopg(conn):
    """psycopg 3: text and binary loaders and dumpers for salary_range."""
    from psycopg.adapt import Dumper, Loader
    from psycopg.pq import Format

    oid = _oid(conn)

    class TextLoader(Loader):
        def load(self, data):
            return SalaryRange.parse(bytes(data).decode())

    class BinaryLoader(Loader):
        format = Format.BINARY

        def load(self, data):
            return decode_binary(bytes(data))

    class TextDumper(Dumper):
        def dump(self, obj):
            return obj.literal().encode()

    class BinaryDumper(Dumper):
        format = Format.BINARY

        def dump(self, obj):
            return encode_binary(obj)

    TextDumper.oid = oid
    BinaryDumper.oid = oid
    conn.adapters.register_loader(oid, TextLoader)
    conn.adapters.register_loader(oid, BinaryLoader)
    conn.adapters.register_dumper(SalaryRange, TextDumper)
    conn.adapters.register_dumper(SalaryRange, BinaryDumper)


# Binary form (salary_range_send/recv): version byte 1, 3-byte currency code,
# period byte (0 HOUR .. 4 YEAR), flags byte (1 = open lower, 2 = open upper),
# then the lower and upper bounds as big-endian int64 cents (0 when open).
_BINARY_VERSION = 1


def decode_binary(data):
    """Decode salary_range's binary send format."""
    import struct

    version, cur, period, flags, lo, hi = struct.unpack(">B3sBBqq", data)
    if version != _BINARY_VERSION:
        raise ValueError("unsupported salary_range binary version %d" % version)
    lo_d = None if flags & 1 else Decimal(lo) / 100
    hi_d = None if flags & 2 else Decimal(hi) / 100
    return SalaryRange(lo_d, hi_d, cur.decode("ascii"), PERIODS[period])


def encode_binary(sr):
    """Encode a SalaryRange in salary_range's binary recv format."""
    import struct

    flags = (1 if sr.min is None else 0) | (2 if sr.max is None else 0)
    lo = 0 if sr.min is None else int((sr.min * 100).to_integral_exact())
    hi = 0 if sr.max is None else int((sr.max * 100).to_integral_exact())
    return struct.pack(">B3sBBqq", _BINARY_VERSION, sr.currency.encode("ascii"),
                       PERIODS.index(sr.period), flags, lo, hi)
