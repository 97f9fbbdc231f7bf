"""Money amounts to `{"value": "1250.00", "currency": "RON"}`.

Romanian writing uses "." for thousands and "," for decimals ("1.250,00 lei");
English writing the reverse ("1,250.00 RON"); both, and plain "1250 RON",
"€ 50", "50 euro", "$20" are read. A lone separator followed by exactly three
digits is a thousands separator ("1.250 lei" is 1250); otherwise decimals.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

CURRENCIES = {
    "lei": "RON",
    "leu": "RON",
    "ron": "RON",
    "ron.": "RON",
    "eur": "EUR",
    "euro": "EUR",
    "euri": "EUR",
    "€": "EUR",
    "usd": "USD",
    "$": "USD",
    "dolari": "USD",
    "gbp": "GBP",
    "£": "GBP",
}
# Thousands groups and digits are bounded (a trillion has four groups): a long run of
# "123 456 789 ..." is otherwise read to its end from every group in it.
_NUMBER = r"(?P<num>[0-9]{1,3}(?:[. ][0-9]{3}){1,6}(?:,[0-9]{1,2})?|[0-9]{1,3}(?:,[0-9]{3}){1,6}(?:\.[0-9]{1,2})?|[0-9]{1,18}(?:[.,][0-9]{1,2})?)"
_CUR_AFTER = r"(?P<cur>lei|leu|ron|eur|euro|euri|usd|dolari|gbp|€|\$|£)(?![a-z])"
_CUR_BEFORE = r"(?P<pre>€|\$|£|eur|ron|usd)"
# On folded text.
AMOUNT = re.compile(
    rf"(?<![0-9.,]){_NUMBER}\s?(?:-\s?|de\s)?{_CUR_AFTER}"
    rf"|{_CUR_BEFORE}\s?(?P<num2>[0-9][0-9., ]{{0,24}}[0-9]|[0-9])(?![0-9])"
)


def number_value(text: str) -> Decimal | None:
    """Decimal of a written number with Romanian or English separators."""
    s = text.replace(" ", "")
    if "," in s and "." in s:
        s = (
            s.replace(".", "").replace(",", ".")
            if s.rfind(",") > s.rfind(".")
            else s.replace(",", "")
        )
    elif "," in s:
        head, _, tail = s.rpartition(",")
        s = (
            s.replace(",", "")
            if len(tail) == 3 and s.count(",") >= 1 and head
            else s.replace(",", ".")
        )
    elif "." in s:
        head, _, tail = s.rpartition(".")
        if len(tail) == 3 or s.count(".") > 1:
            s = s.replace(".", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def amount_from_match(m: re.Match[str]) -> dict[str, str] | None:
    num = m.group("num") or m.group("num2")
    cur = m.group("cur") or m.group("pre")
    value = number_value(num)
    if value is None or value <= 0:
        return None
    return {"value": f"{value.quantize(Decimal('0.01'))}", "currency": CURRENCIES[cur]}


def parse_amount(text: str) -> dict[str, str] | None:
    """The first amount written in `text`, or None."""
    from ..normalize import matchable

    for m in AMOUNT.finditer(matchable(text)):
        amount = amount_from_match(m)
        if amount:
            return amount
    return None
