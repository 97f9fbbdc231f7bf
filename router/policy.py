"""The routing policy: data the legal team can change without a release.

Defaults ship in `router/default_policy.toml` (and the classification cues in
`parsers/default_cues.toml`); the operator's file (REGISTRATURA_CONFIG) is
merged over them and the result validated, by one rule and one schema:
`router.policy_schema` (tables merge key by key, a list replaces the default
list unless written `{ extend = [...] }`; an unknown key or a wrong type is an
error with its file and line).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from email.utils import parseaddr
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from parsers import Cues
from parsers.cues import RegistryName
from parsers.fields.authority import FAX_LINE
from parsers.model import Category
from parsers.normalize import fold
from parsers.repair import ACRONYM_ONE
from router import policy_schema as schema
from router.calendar import BusinessCalendar
from router.errors import PolicyError
from router.policy_schema import PolicyDocument, invalid_message, validate_file
from router.sla import TARGETS, SlaRule, Target, calendars, check_calendars


def national_number(number: str) -> str:
    """A Romanian phone/fax number as national digits: "+40 21 000 4321" → "0210004321"."""
    digits = re.sub(r"\D", "", number)
    if digits.startswith("0040"):
        digits = digits[4:]
    elif digits.startswith("40") and len(digits) == 11:
        digits = digits[2:]
    return digits if digits.startswith("0") or not digits else "0" + digits


def fold_name(text: str) -> str:
    """An authority's name as compared: lower case, no diacritics, punctuation as single spaces."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def _upper_plain(text: str) -> str:
    """The text without diacritics, case kept (acronyms are matched in capitals only)."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def _fingerprint(value: str) -> str:
    return re.sub(r"[^0-9a-f]", "", value.lower())


# Words an institution's acronym skips: "Direcția de Investigare a Infracțiunilor
# de Criminalitate Organizată și Terorism" is DIICOT, "Direcția Națională
# Anticorupție" DNA, "Inspectoratul de Poliție Județean Cluj" the IPJ Cluj.
_LINK_WORDS = frozenset({"de", "a", "al", "ale", "ai", "si", "pe", "langa", "din", "la", "in"})

# English names of Romanian institutions, as a letter in English heads itself,
# in Romanian (diacritics dropped, as compared). Only whole institution names:
# what is not an institution's name is left as written.
_COUNTY = r"(satu mare|caras severin|bistrita nasaud|[a-z]+)"
_ENGLISH: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"\b{pattern}\b", re.IGNORECASE), repl)
    for pattern, repl in (
        (
            r"general inspectorate of (?:the )?romanian police",
            "Inspectoratul General al Politiei Romane",
        ),
        (rf"{_COUNTY} county police inspectorate", r"Inspectoratul de Politie Judetean \1"),
        (
            rf"(?:county )?police inspectorate of {_COUNTY}(?: county)?",
            r"Inspectoratul de Politie Judetean \1",
        ),
        (
            r"(?:general directorate of bucharest police|bucharest (?:general )?police "
            r"(?:directorate|department)|general (?:police )?directorate of (?:the )?bucharest"
            r"(?: municipality)?(?: police)?)",
            "Directia Generala de Politie a Municipiului Bucuresti",
        ),
        (
            r"general inspectorate of (?:the )?romanian border police",
            "Inspectoratul General al Politiei de Frontiera",
        ),
        (
            rf"{_COUNTY} (?:territorial )?border police inspectorate",
            r"Inspectoratul Teritorial al Politiei de Frontiera \1",
        ),
        (
            rf"(?:territorial )?border police inspectorate (?:of )?{_COUNTY}",
            r"Inspectoratul Teritorial al Politiei de Frontiera \1",
        ),
        # The county inspectorate's other official Romanian forms ("INSPECTORATUL DE POLIȚIE
        # AL JUDEȚULUI BIHOR", "Inspectoratul Județean de Poliție Iași"): the registry's form.
        (
            r"inspectoratul\s+de\s+politie\s+al\s+judetului\s+" + _COUNTY.replace(" ", r"\s+"),
            r"Inspectoratul de Politie Judetean \1",
        ),
        (
            r"inspectoratul\s+judetean\s+de\s+politie\s+" + _COUNTY.replace(" ", r"\s+"),
            r"Inspectoratul de Politie Judetean \1",
        ),
        (r"romanian border police", "Politia de Frontiera Romana"),
        (r"border police", "Politia de Frontiera"),
        (r"(?:romanian )?coast guard", "Garda de Coasta"),
        (r"(?:romanian )?gendarmerie", "Jandarmeria Romana"),
        (r"romanian police", "Politia Romana"),
        (r"ministry of (?:internal|home) affairs", "Ministerul Afacerilor Interne"),
        (r"national anti-?corruption directorate", "Directia Nationala Anticoruptie"),
        (
            r"directorate for (?:the )?investigation of organi[sz]ed crime and terrorism",
            "Directia de Investigare a Infractiunilor de Criminalitate Organizata si Terorism",
        ),
        (r"high court of cassation and justice", "Inalta Curte de Casatie si Justitie"),
        (r"public ministry", "Ministerul Public"),
        (r"prosecutor'?s office (?:attached to|at|by|of) (?:the )?", "Parchetul de pe langa "),
        (rf"court of appeal(?: of)? {_COUNTY}", r"Curtea de Apel \1"),
        (rf"{_COUNTY} court of appeal", r"Curtea de Apel \1"),
        (rf"{_COUNTY} (?:county )?tribunal", r"Tribunalul \1"),
        (rf"tribunal of {_COUNTY}", r"Tribunalul \1"),
        (rf"{_COUNTY} (?:district|first instance) court", r"Judecatoria \1"),
        (rf"{_COUNTY} municipal police", r"Politia Municipiului \1"),
    )
)
# "D.I.I.C.O.T.", "I.P.J." are the acronyms DIICOT, IPJ.
_DOTTED = re.compile(r"\b(?:[A-Z]\.[ ]?){2,}[A-Z]?\b\.?")


# Words that make a name another body than the state's: "Tribunalul Arbitral" (a
# private arbitration body anyone may register), "Poliția Locală" (a town hall's
# service, no criminal investigation), "Curtea de Conturi", "Asociația Prietenii
# Poliției". An authority's name or alias followed or preceded by them names nobody.
_NOT_THE_STATES_AFTER = re.compile(
    r"(arbitra\w*|de arbitraj|local[ae]?|comunitar\w*|de conturi|constitutional\w*|"
    r"european\w*|privat\w*)\b"
)
_PRIVATE_BODY_BEFORE = frozenset(
    {
        "asociatia",
        "asociatiei",
        "fundatia",
        "fundatiei",
        "sindicatul",
        "sindicatului",
        "clubul",
        "federatia",
        "uniunea",
        "liga",
        "societatea",
        "srl",
    }
)


# A name of this many words at least is looked for with its spaces lost too: OCR runs
# the words of a spaced capital heading together ("JUDECĂTORIA SIGHETUMARMAȚIEI").
SQUEEZED_WORDS = 3


@lru_cache(maxsize=32)
def _without_spaces(folded: str) -> tuple[str, tuple[int, ...]]:
    """`folded` without spaces, and where each of its characters stands in `folded`: built
    once per text, not once per registry name looked for in it."""
    keep = tuple(i for i, ch in enumerate(folded) if ch != " ")
    return "".join(folded[i] for i in keep), keep


def _squeezed_at(folded: str, want: str) -> int | None:
    """Where the folded name `want` occurs in `folded` with spaces lost between its
    words (its own first and last words whole), or None; the same exclusions as the
    exact match ("de pe lângă" before it, another body's name)."""
    words = want.split()
    if len(words) < SQUEEZED_WORDS:
        return None
    squeezed, keep = _without_spaces(folded)
    target = "".join(words)
    pos = squeezed.find(target)
    while pos >= 0:
        start, end = keep[pos], keep[pos + len(target) - 1] + 1
        whole = folded[start - 1] == " " and (end >= len(folded) or folded[end] == " ")
        if (
            whole
            and not folded[:start].endswith(" de pe langa ")
            and not _another_body(folded, start - 1, end + 1)
        ):
            return start - 1
        pos = squeezed.find(target, pos + 1)
    return None


def _another_body(folded: str, start: int, end: int) -> bool:
    """Whether the name found at folded[start:end] is part of another body's name."""
    if _NOT_THE_STATES_AFTER.match(folded, end):
        return True
    before = folded[:start].split()[-4:]
    return any(w in _PRIVATE_BODY_BEFORE for w in before)


def heading_lines(text: str, limit: int = 12) -> list[str]:
    """The institution lines a letter's text begins with (see `Policy.authority_in_heading`)."""
    out: list[str] = []
    for line in text.splitlines()[:40]:
        if FAX_LINE.search(fold(line)):
            continue  # the sending machine's line ("DEC-04-2026 16:20 FROM SPF … P.1/1")
        line = ACRONYM_ONE.sub("I", line)  # "1PJ NEAMȚ": OCR's 1 for the I of IPJ
        # a registration column beside the heading ("MINISTERUL … Nr. 7.405 din 04.12.2026")
        line = _REGISTRATION_COLUMN.split(line, maxsplit=1)[0]
        words = fold_name(line)
        if not words:
            continue
        # An institution's word, or an acronym in capitals ("DIICOT –", "I.P.J. Cluj").
        institution = bool(_UNIT_WORDS.match(words) or _LEADING_ACRONYM.match(line))
        # A name wrapped onto the next line keeps the heading's capitals.
        wrapped = bool(out) and line.strip().isupper() and not _NOT_HEADING.search(words)
        if institution and not _NOT_HEADING.search(words) or wrapped:
            out.append(line.strip())
            if len(out) >= limit:
                break
        elif out and any(fold_name(x) != "romania" for x in out):
            break
    return out


def _acronym_expansions(authorities: tuple[Authority, ...]) -> dict[str, str]:
    """Acronyms read off the registry's names, each with the words it stands for.

    The initials of a name's leading words (link words skipped) stand for those
    words: DGPMB, DIICOT, DNA, IGPR, MAI, and "IPJ" of "Inspectoratul de Poliție
    Județean Cluj" (the IPJ Cluj). An acronym two names would read differently,
    of fewer than three letters, or one an entry lists itself, is not expanded.
    """
    found: dict[str, set[str]] = {}
    for a in authorities:
        words = _upper_plain(a.name).split()
        initials = ""
        for n, word in enumerate(words):
            if fold_name(word) in _LINK_WORDS or not word[:1].isalpha():
                continue
            initials += word[0].upper()
            if len(initials) >= 3:
                found.setdefault(initials, set()).add(" ".join(words[: n + 1]))
    listed = {x.upper() for a in authorities for x in a.acronyms}
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1 and k not in listed}


# A heading's line that names no institution ends it, once an institution was
# named; before that, markings, the country and registration lines are passed.
_UNIT_WORDS = re.compile(
    r"^(romania|ministerul|inspectoratul|directia|politia|parchetul|judecatoria|tribunalul|"
    r"curtea|inalta|serviciul|biroul|sectia|postul|compartimentul|brigada|departamentul|"
    r"structura|centrul|oficiul|grupul|instanta|unitatea|divizia|"
    r"[a-z ]*(police|prosecutor|court|tribunal|directorate|inspectorate|ministry|service|"
    r"department|office|bureau|unit|division|section))\b"
)
# Where a column beside the heading begins on a heading's line, as OCR joins the two: the
# registration ("Nr." / "Nr," / "Număr" and its number), the place and date ("Roman,
# 02.12.2026", a town of one or two words in Title case right after a word in capitals: a
# heading in Title case keeps its county, "Județean Cluj Cluj-Napoca, 02.12.2026" is not cut,
# nor "DIICOT Biroul Teritorial Roman, …" its unit), the copy ("Exemplar nr. 1/2", "Exemplar
# unic") or the classification at the line's end ("NESECRET", "SECRET DE SERVICIU"; not
# "SERVICIUL SECRET DE INFORMAȚII").
_REGISTRATION_COLUMN = re.compile(
    r"\s+(?=(?:Nr|NR|Număr|NUMĂR|Numar|NUMAR)\b[.,]?\s*[:0-9]"
    r"|(?:Exemplar|EXEMPLAR)\b"
    r"|(?:NESECRET|Nesecret|SECRET(?:\s+DE\s+SERVICIU)?|Secret(?:\s+de\s+serviciu)?|CONFIDENȚIAL"
    r"|CONFIDENTIAL|Confidențial)\s*$)"
    r"|(?<=[A-ZĂÂÎȘȚŞŢ]{2})\s+(?=(?:[A-ZĂÂÎȘȚŞŢ][a-zăâîșțşţ][\w.-]*\s)?"
    r"[A-ZĂÂÎȘȚŞŢ][a-zăâîșțşţ][\w.-]*,\s*\d{1,2}\b)"
)
_LEADING_ACRONYM = re.compile(r"^\s*(?:[A-ZĂÂÎȘȚŞŢ]\.?){2,}(?![a-zăâîșțşţ])")
_NOT_HEADING = re.compile(
    r"\b(nr|dosar|data|catre|referitor|obiect|subiect|to|nesecret|secret|operativ|exemplar|"
    r"urgent|confidential)\b|\d[./]\d"
)


@dataclass(frozen=True, slots=True)
class SigningIdentity:
    """One signing identity an authority accepts (policy `signing_identities`).

    A qualified seal is named by BOTH its subject O and its organizationIdentifier
    (OID 2.5.4.97); an officer's personal certificate by the SHA-256 of its DER.
    """

    organization: str | None = None
    organization_identifier: str | None = None
    certificate_sha256: str | None = None

    def matches(self, organization: str | None, identifier: str | None, sha256: str | None) -> bool:
        if self.certificate_sha256:
            return bool(sha256) and _fingerprint(self.certificate_sha256) == _fingerprint(
                sha256 or ""
            )
        if not (self.organization and self.organization_identifier):
            return False
        return (
            fold_name(self.organization) == fold_name(organization or "")
            and self.organization_identifier.strip().upper() == (identifier or "").strip().upper()
        )

    @classmethod
    def from_toml(cls, table: dict[str, Any]) -> SigningIdentity:
        sha = str(table.get("certificate_sha256") or "").strip()
        org = str(table.get("organization") or "").strip()
        oid = str(table.get("organization_identifier") or "").strip()
        unknown = set(table) - {"certificate_sha256", "organization", "organization_identifier"}
        if unknown:
            raise ValueError(f"signing identity with unknown keys {sorted(unknown)}")
        if sha:
            if org or oid or len(_fingerprint(sha)) != 64:
                raise ValueError(
                    "a certificate_sha256 identity is the 64-hex SHA-256 of the DER alone"
                )
            return cls(certificate_sha256=_fingerprint(sha))
        if not (org and oid):
            # An O alone is anyone's to write in a certificate request: never enough.
            raise ValueError("a seal identity needs both organization and organization_identifier")
        return cls(organization=org, organization_identifier=oid)


@dataclass(frozen=True, slots=True)
class Authority:
    """A known authority: its mail domains, fax and phone numbers (for call-backs), addresses.

    `confirmed` is false for the shipped defaults until the legal team confirms them.
    `aliases` (folded: no case or diacritics, whole words) and `acronyms` (in
    capitals) are how letters name it; `outranks` names the authorities whose
    heading it may sit under (DIICOT under the Parchetul ÎCCJ). `signing_identities`
    are the certificates whose signature speaks for it. `parent` makes it a unit
    of another entry (a county inspectorate of the Poliția Română): its own
    domains, seals and numbers speak for it alone (`Policy.covers`).
    """

    name: str
    kind: str
    domains: tuple[str, ...] = ()
    fax_numbers: tuple[str, ...] = ()
    phone_numbers: tuple[str, ...] = ()
    postal_addresses: tuple[str, ...] = ()
    confirmed: bool = False
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    outranks: tuple[str, ...] = ()
    signing_identities: tuple[SigningIdentity, ...] = ()
    # The registry entry this one is a unit of (an IPJ of the Poliția Română):
    # see `Policy.covers`.
    parent: str | None = None

    def owns_domain(self, domain: str) -> bool:
        """`domain` is one the registry lists, exactly; a subdomain only by a `"*.parent"` entry.

        Nothing is implicit: a subdomain may be delegated to someone else (a
        mailing company's newsletter), so it is the authority's only when listed.
        """
        domain = domain.lower().rstrip(".")
        for d in self.domains:
            if d.startswith("*."):
                if domain.endswith(d[1:]) and len(domain) > len(d) - 1:
                    return True
            elif domain == d.rstrip("."):
                return True
        return False

    def owns_fax(self, number: str) -> bool:
        want = national_number(number)
        return bool(want) and any(national_number(n) == want for n in self.fax_numbers)

    def named_at(self, text: str) -> int | None:
        """Where `text` first names this authority (name, alias, acronym), or None.

        A name right after "de pe lângă" is the court a prosecutor's office is
        attached to ("Parchetul de pe lângă Judecătoria X"), not the issuer.
        """
        folded = f" {fold_name(text)} "
        plain = _upper_plain(text)
        found: list[int] = []
        for phrase in (self.name, *self.aliases):
            want = fold_name(phrase)
            if not want:
                continue
            before = len(found)
            for m in re.finditer(re.escape(f" {want} "), folded):
                if folded[: m.start() + 1].endswith(" de pe langa "):
                    continue
                if _another_body(folded, m.start(), m.end()):
                    continue
                found.append(m.start())
                break
            if len(found) == before and (at := _squeezed_at(folded, want)) is not None:
                found.append(at)
        for acronym in self.acronyms:
            for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(acronym)}(?![A-Za-z0-9])", plain):
                # The folded position of the acronym: a heading starts with its issuer.
                at = len(fold_name(plain[: m.start()])) + 1
                if not folded[: at + 1].endswith(" de pe langa "):
                    found.append(at)
                    break
        return min(found) if found else None

    def may_head(self, other: Authority) -> bool:
        """Whether this authority may stand above `other` in a letter's heading.

        A ministry (kind other) heads anyone; an institution heads units of its
        own kind (the IGPR an IPJ, the Parchetul ÎCCJ the DIICOT); `outranks`
        names the rest. A police heading above a prosecutor's office is no
        hierarchy: such a heading names no one authority.
        """
        return (
            self.kind == "other"
            or self.kind == other.kind
            or self.name in other.outranks
            or other.name in self.outranks
        )

    def signs_as(
        self, organization: str | None, identifier: str | None, sha256: str | None
    ) -> bool:
        """Whether a certificate with this O, organizationIdentifier and fingerprint speaks for it."""
        return any(i.matches(organization, identifier, sha256) for i in self.signing_identities)


@dataclass(frozen=True, slots=True)
class Policy:
    """Everything the router decides by: queues, required checks, SLAs, authorities, cues."""

    timezone: ZoneInfo
    min_confidence: float
    queues: dict[str, str]
    required: dict[str, tuple[str, ...]]
    sla: dict[str, SlaRule]
    authorities: tuple[Authority, ...]
    cues: Cues = field(repr=False)
    # The merged policy document as plain data, validated against
    # `router.policy_schema.PolicyDocument` (e.g. [[imap]] accounts); treat as
    # read-only. New code reads `document`, the same typed.
    raw: dict[str, Any] = field(default_factory=dict, repr=False)
    document: PolicyDocument = field(default_factory=PolicyDocument, repr=False)
    # SHA-256 of the validated document as canonical JSON: recorded on every decision.
    digest: str = ""
    # The calendars the response-time targets run on (`[calendars.NAME]` and `business`).
    calendars: dict[str, BusinessCalendar] = field(default_factory=dict, repr=False)
    # The operator's file it was loaded with (None: the shipped defaults alone).
    source: Path | None = None

    def own_domains(self, extra: tuple[str, ...] = ()) -> tuple[str, ...]:
        """Our own mail domains: `operator_domains` and the acknowledgements' sender's."""
        sender = parseaddr(self.document.acknowledgements.sender)[1]
        ours = [*self.document.classification.operator_domains, *extra]
        if "@" in sender:
            ours.append(sender.rsplit("@", 1)[1])
        return tuple(dict.fromkeys(d.strip().lower() for d in ours if d and d.strip()))

    def queue_for(self, category: Category) -> str:
        return self.queues.get(category.value, "triage")

    def authority_for_domain(self, domain: str | None) -> Authority | None:
        """The first authority listing `domain` (see `authorities_for_domain` when shared)."""
        found = self.authorities_for_domain(domain)
        return found[0] if found else None

    def authorities_for_domain(self, domain: str | None) -> list[Authority]:
        """Every authority listing `domain`: a shared domain proves one of them, not which.

        Every prosecutor's office writes from mpublic.ro and every court from
        just.ro; the registry may hold one entry per office with the same domain.
        The signer binding and the letter's stated authority pick which one.
        """
        if not domain:
            return []
        found = [a for a in self.authorities if a.owns_domain(domain)]
        # Within one hierarchy the unit's own entry wins over a "*." entry above it.
        return [a for a in found if not any(a.name in self.ancestors(b) for b in found)]

    def authority_for_fax(self, number: str | None) -> Authority | None:
        if not number:
            return None
        return next((a for a in self.authorities if a.owns_fax(number)), None)

    def _readable(self, text: str) -> str:
        """The text with English institution names in Romanian and the registry's acronyms spelt out."""
        text = _upper_plain(text)
        for pattern, repl in _ENGLISH:
            text = pattern.sub(repl, text)
        text = _DOTTED.sub(lambda m: re.sub(r"[.\s]", "", m.group()) + " ", text)
        expansions = _acronym_expansions(self.authorities)
        if expansions:
            keys = "|".join(sorted(map(re.escape, expansions), key=len, reverse=True))
            text = re.sub(
                rf"(?<![A-Za-z0-9])({keys})(?![A-Za-z0-9])", lambda m: expansions[m.group()], text
            )
        return text

    def authority_named(self, text: str | None) -> Authority | None:
        """The registry authority a letter's stated authority names, when one clearly does.

        `text` is a stated authority ("DNA – Serviciul Teritorial Brașov") or a
        heading's lines top-down ("MINISTERUL AFACERILOR INTERNE / INSPECTORATUL DE
        POLIȚIE JUDEȚEAN CONSTANȚA / POLIȚIA MUNICIPIULUI MANGALIA"). Every authority
        whose name, alias or acronym occurs is a candidate (acronyms read off the
        registry's names too, English names as in Romanian); a name right after
        "de pe lângă" is the court a prosecutor's office is attached to, and one
        that another candidate outranks drops out. A heading goes from the parent
        down to the unit, so the issuer is the candidate named last (most
        specific), provided every other one may head it (a ministry, the same
        kind of institution, `outranks`): a unit the registry does not list
        (Secția 14, Poliția Municipiului Turda, a Serviciul Teritorial) belongs to
        the institution above it. Candidates of unrelated kinds, or a tie, name nobody.
        """
        return self.authorities_named(text)[0]

    def authorities_named(self, text: str | None) -> tuple[Authority | None, list[Authority]]:
        """The issuer `authority_named` reads, and every registry authority the text names.

        An issuer of None beside named authorities means the text names several
        that do not form one hierarchy: it states no one authority.
        """
        if not text or not text.strip():
            return None, []
        readable = self._readable(text)
        hits = {
            a.name: (at, a) for a in self.authorities if (at := a.named_at(readable)) is not None
        }
        # A unit named drops its parent (and the parent's parents): it is the more precise.
        outranked = {o for _, a in hits.values() for o in (*a.outranks, *self.ancestors(a))}
        left = sorted(
            ((at, a) for at, a in hits.values() if a.name not in outranked), key=lambda h: h[0]
        )
        named = [a for _, a in left]
        if not left or (len(left) > 1 and left[-1][0] == left[-2][0]):
            return None, named  # nobody, or two authorities named at the same place
        issuer = left[-1][1]
        return (issuer if all(a.may_head(issuer) for _, a in left[:-1]) else None), named

    def authority_in_heading(self, text: str | None) -> Authority | None:
        """The authority a letter's heading names, read from the top of its text.

        The heading is the run of institution lines at the top (the country,
        the ministry, the institution, its units; a name wrapped over two lines
        in capitals), after markings and registration lines; it ends at the first
        other line once an institution was named. Read by `authority_named`.
        """
        if not text:
            return None
        return self.authority_named("\n".join(heading_lines(text)))

    def ancestors(self, authority: Authority | str) -> list[str]:
        """The entries above a unit, nearest first (`parent`, its parent, …)."""
        by_name = {a.name: a for a in self.authorities}
        here = by_name.get(authority) if isinstance(authority, str) else authority
        out: list[str] = []
        while here is not None and here.parent and here.parent not in out:
            out.append(here.parent)
            here = by_name.get(here.parent)
        return out

    def covers(self, stated: str, speaker: str) -> bool:
        """Whether a letter stating `stated` may come from `speaker` (a channel or a signer).

        The same entry, or an entry above the speaker: a letter headed only
        "Poliția Municipiului Turda" (a unit the registry does not list, read as
        the Poliția Română) may come from IPJ Cluj's mailbox under its seal. Never
        the other way: the national domain or seal does not speak for IPJ Cluj's
        letter, nor one county's for another's.
        """
        return stated == speaker or stated in self.ancestors(speaker)

    def related(self, one: str, other: str) -> bool:
        """One of the two is the other or above it (one hierarchy of the registry)."""
        return self.covers(one, other) or self.covers(other, one)

    def authorities_signed_by(
        self, organization: str | None, identifier: str | None, sha256: str | None
    ) -> list[Authority]:
        """The authorities whose signing identities name this certificate."""
        return [a for a in self.authorities if a.signs_as(organization, identifier, sha256)]


def load_policy(path: Path | None = None) -> Policy:
    """The shipped defaults with the operator's file (if any) merged over them, validated.

    The merge rule and the schema are `router.policy_schema`'s. Every mistake
    is a `PolicyProblem` (file, line, key path, message); a policy with any
    raises `PolicyError` carrying them all, its message naming the first.
    """
    try:
        checked = validate_file(path)
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise PolicyError(f"cannot read policy file {path}: {reason}") from exc
    if checked.document is None:
        raise PolicyError(invalid_message(checked.problems), checked.problems)
    return from_document(checked.document, checked.merged, checked.digest or "", path)


def from_document(
    doc: PolicyDocument, merged: dict[str, Any], digest: str, path: Path | None = None
) -> Policy:
    """The `Policy` of a validated document (`router.policy_schema.validate_layers`)."""
    tz = ZoneInfo(doc.timezone)
    try:
        sla = {
            queue: SlaRule(
                policy=r.policy,
                hours=r.hours,
                business_days=r.business_days,
                **{
                    name: Target(**t.model_dump(exclude_none=True))
                    for name in TARGETS
                    if (t := getattr(r, name)) is not None
                },
            )
            for queue, r in doc.sla.items()
        }
        cals = calendars({"calendars": merged.get("calendars") or {}}, tz)
        check_calendars(sla, cals)
        cues = Cues.from_mapping(merged.get("classification") or {}).with_registry(
            # the operator's confirmed entries, not the shipped catch-alls ("Instanța")
            RegistryName(a.name, a.kind, a.parent, tuple(a.aliases))
            for a in doc.authorities
            if a.confirmed
        )
    except ValueError as exc:  # the schema checks all of this first; a gap shows here
        raise PolicyError(f"invalid policy: {exc}") from exc
    return Policy(
        timezone=tz,
        min_confidence=doc.routing.min_confidence,
        queues=doc.routing.queues.model_dump(),
        required={k: tuple(v) for k, v in doc.signatures.required.model_dump().items()},
        sla=sla,
        authorities=tuple(_authority(a) for a in doc.authorities),
        cues=cues,
        raw=merged,
        document=doc,
        digest=digest,
        calendars=cals,
        source=path,
    )


def _authority(a: schema.Authority) -> Authority:
    return Authority(
        name=a.name,
        kind=a.kind,
        domains=tuple(d.lower() for d in a.domains),
        fax_numbers=tuple(a.fax_numbers),
        phone_numbers=tuple(a.phone_numbers),
        postal_addresses=tuple(a.postal_addresses),
        confirmed=a.confirmed,
        aliases=tuple(a.aliases),
        acronyms=tuple(a.acronyms),
        outranks=tuple(a.outranks),
        parent=a.parent,
        signing_identities=tuple(
            SigningIdentity.from_toml(i.model_dump(exclude_none=True)) for i in a.signing_identities
        ),
    )
