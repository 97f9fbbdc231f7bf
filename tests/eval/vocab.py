"""Invented people, places and numbers for the evaluation corpus, and the text transforms.

Paraphrase pools live in `phrases.py`; this module holds the values that get
slotted into them and the ways real writers deform text: no diacritics, the
old cedilla letters, typos. Everything is driven by a `random.Random` handed
in, so the corpus is deterministic.
"""

from __future__ import annotations

import math
import random
import unicodedata
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")

GIVEN = [
    "Ion",
    "Maria",
    "Andrei",
    "Elena",
    "Mihai",
    "Ioana",
    "Cristian",
    "Ana",
    "Vlad",
    "Raluca",
    "Gheorghe",
    "Alexandra",
    "Bogdan",
    "Diana",
    "Florin",
    "Simona",
    "Radu",
    "Oana",
    "Lucian",
    "Cătălina",
    "Ștefan",
    "Adriana",
    "Tudor",
    "Irina",
    "Marius",
    "Gabriela",
    "Sorin",
    "Loredana",
]
FAMILY = [
    "Popescu",
    "Ionescu",
    "Dumitrescu",
    "Stan",
    "Marinescu",
    "Georgescu",
    "Constantin",
    "Vasile",
    "Munteanu",
    "Stoica",
    "Dobre",
    "Matei",
    "Rusu",
    "Lungu",
    "Neagu",
    "Țurcanu",
    "Șerban",
    "Ardeleanu",
    "Bălan",
    "Preda",
    "Cozma",
    "Toma",
    "Enache",
    "Pîrvu",
    "Mocanu",
]
JUDETE = [
    "Cluj",
    "Iași",
    "Timiș",
    "Brașov",
    "Constanța",
    "Dolj",
    "Bihor",
    "Argeș",
    "Prahova",
    "Sibiu",
    "Suceava",
    "Mureș",
    "Galați",
    "Bacău",
    "Arad",
    "Neamț",
]
CITIES = {
    "Cluj": "Cluj-Napoca",
    "Iași": "Iași",
    "Timiș": "Timișoara",
    "Brașov": "Brașov",
    "Constanța": "Constanța",
    "Dolj": "Craiova",
    "Bihor": "Oradea",
    "Argeș": "Pitești",
    "Prahova": "Ploiești",
    "Sibiu": "Sibiu",
    "Suceava": "Suceava",
    "Mureș": "Târgu Mureș",
    "Galați": "Galați",
    "Bacău": "Bacău",
    "Arad": "Arad",
    "Neamț": "Piatra Neamț",
}
MONTHS = [
    "ianuarie",
    "februarie",
    "martie",
    "aprilie",
    "mai",
    "iunie",
    "iulie",
    "august",
    "septembrie",
    "octombrie",
    "noiembrie",
    "decembrie",
]
PRODUCTS = [
    "un telefon Samsung Galaxy S23",
    "o bicicletă de oraș",
    "un laptop Lenovo ThinkPad",
    "o consolă PlayStation 5",
    "un aparat foto Canon",
    "o canapea extensibilă",
    "un ceas Garmin",
    "o geacă de piele",
    "o tabletă iPad",
    "un set de roți de iarnă",
    "o mașină de spălat",
    "un televizor LG de 55 de inch",
    "o chitară electrică",
    "un cărucior pentru copii",
    "un drone DJI Mini",
    "o imprimantă laser",
]
USER_WORDS = [
    "vanzator",
    "shop",
    "deals",
    "market",
    "pro",
    "store",
    "bazar",
    "oferte",
    "top",
    "gadget",
    "auto",
    "casa",
    "mobila",
    "retro",
    "tech",
    "fashion",
]
DOMAINS = ["example.ro", "example.com", "example.net", "mail.example.org", "posta.example.ro"]


def pick(rnd: random.Random, pool: Sequence[T]) -> T:
    return pool[rnd.randrange(len(pool))]


def split_pool(pool: Sequence[T], held_out: bool) -> Sequence[T]:
    """The seen part (first ~60%) or the held-out rest of a paraphrase pool."""
    if len(pool) < 2:
        return pool
    k = max(1, min(len(pool) - 1, math.ceil(len(pool) * 0.6)))
    return pool[k:] if held_out else pool[:k]


def person(rnd: random.Random) -> tuple[str, str]:
    """(given, family) names."""
    return pick(rnd, GIVEN), pick(rnd, FAMILY)


def ascii_fold(text: str) -> str:
    """Strip diacritics (ș -> s) the way people who type without them write."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base if base.isascii() else ch)
    return "".join(out)


def username(rnd: random.Random, given: str | None = None) -> str:
    stem = ascii_fold(given or pick(rnd, GIVEN)).lower()
    style = rnd.randrange(4)
    if style == 0:
        return f"{stem}_{pick(rnd, USER_WORDS)}{rnd.randrange(10, 99)}"
    if style == 1:
        return f"{pick(rnd, USER_WORDS)}_{pick(rnd, USER_WORDS)}_ro"
    if style == 2:
        return f"{stem}.{pick(rnd, USER_WORDS)}{rnd.randrange(1, 9)}"
    return f"{pick(rnd, USER_WORDS)}{stem}{rnd.randrange(100, 999)}"


def email_of(rnd: random.Random, given: str, family: str) -> str:
    g, f = ascii_fold(given).lower(), ascii_fold(family).lower()
    local = pick(rnd, [f"{g}.{f}", f"{f}.{g}", f"{g}{f}{rnd.randrange(10, 99)}", f"{g[0]}{f}"])
    return f"{local}@{pick(rnd, DOMAINS)}"


def phone(rnd: random.Random) -> tuple[str, str]:
    """(as written, national digits) of a Romanian mobile."""
    digits = f"07{rnd.choice('2345678')}{rnd.randrange(10_000_000):07d}"[:10]
    a, b, c = digits[:4], digits[4:7], digits[7:]
    written = pick(
        rnd,
        [
            f"{a} {b} {c}",
            f"{a}{b}{c}",
            f"{a}.{b}.{c}",
            f"+40 {a[1:]} {b} {c}",
            f"{a}-{b}-{c}",
            f"0040{digits[1:]}",
        ],
    )
    return written, digits


def iban(rnd: random.Random) -> tuple[str, str]:
    bank = pick(rnd, ["BTRL", "RNCB", "BRDE", "INGB", "RZBR"])
    bban = f"{bank}{rnd.randrange(10**16):016d}"
    digits = "".join(str(int(ch, 36)) for ch in bban + "RO00")
    body = f"RO{98 - int(digits) % 97:02d}{bban}"  # ISO 13616 check digits: a valid IBAN
    spaced = " ".join(body[i : i + 4] for i in range(0, len(body), 4))
    return pick(rnd, [body, spaced]), body


def date_forms(rnd: random.Random, y: int, m: int, d: int, held_out: bool) -> str:
    forms = [
        f"{d:02d}.{m:02d}.{y}",
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d}.{m:02d}.{y}",
        f"{d:02d}-{m:02d}-{y}",
        f"{d} {MONTHS[m - 1][:3]}. {y}",
    ]
    return pick(rnd, split_pool(forms, held_out))


def amount_forms(
    rnd: random.Random, value: int, cents: int, held_out: bool
) -> tuple[str, dict[str, str]]:
    """(as written, truth) for a price in lei or euro."""
    cur = "EUR" if rnd.random() < 0.15 else "RON"
    thousands = f"{value:,}".replace(",", ".")
    if cur == "EUR":
        forms = [f"{value} euro", f"€ {value}", f"{value} EUR", f"{value},{cents:02d} euro"]
    else:
        forms = [
            f"{thousands},{cents:02d} lei",
            f"{value} RON",
            f"{value} lei",
            f"{thousands} lei",
            f"{value},{cents:02d} RON",
            f"{value} de lei",
            f"RON {value}",
        ]
    written = pick(rnd, split_pool(forms, held_out))
    has_cents = f",{cents:02d}" in written
    return written, {"value": f"{value}.{cents if has_cents else 0:02d}", "currency": cur}


def diacritics(text: str, style: str) -> str:
    """ "comma" (as written), "none" (stripped) or "cedilla" (ş ţ for ș ț)."""
    if style == "none":
        return ascii_fold(text)
    if style == "cedilla":
        return text.translate(str.maketrans("șțȘȚ", "şţŞŢ"))
    return text


def typos(rnd: random.Random, text: str, count: int) -> str:
    """Swap two letters inside `count` long plain words (never in numbers, names or addresses)."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 7 and w.isalpha() and w.islower()]
    for i in rnd.sample(candidates, min(count, len(candidates))):
        w = words[i]
        j = rnd.randrange(1, len(w) - 2)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)
