"""What a verified request's letter must be besides signed: current, in its own case, to us.

Checks of the `content` requirement that read the letter against the
item rather than against the signature (each `missing`, never `fail`: the
letter may be genuine, and the authority is asked):

- `letter_age`: an old letter sent again (a former officer's sent folder, a
  copy served on a suspect) is no current request;
- `other_cases`: a mail whose own text names a case file the signed letter
  does not state asks in a case nothing signed;
- `addressed_elsewhere`: a letter addressed to another company asks us nothing;
- `annulled`: a letter the authority marked cancelled;
- `case_year`: the case file is registered in a year after the letter's date (a
  case of next year does not exist yet);
- `closed_case`: the letter says the case was closed (clasare) and not reopened: no
  criminal prosecution is pending in it, and nothing may be ordered in it;
- `own_cause`: the official who signs is named as a party of the case (the injured
  party, the complainant, the suspect): nobody acts in their own cause (art. 64 CPP),
  and a private dispute dressed as an official request is what it looks like;
- `beyond_basis`: the letter asks for traffic data on a legal basis that excludes
  them (art. 170 CPP reaches user data "other than traffic or content data", its
  para. 3; traffic data need art. 152/153 with a judge's approval);
- `measure_without_order`: a police letter resting on art. 152 or 153 CPP (the
  prosecutor's measures, with a judge's approval) that states neither;
- `signer_not_signatory`: every signature on the letter is a person's own
  certificate (not an institution's seal), and none of them is the person the
  letter says signs it.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.fields.numbers import CASE_FILE
from parsers.normalize import fold
from router.policy import Policy
from router.signatures.context import Context
from router.signatures.evidence import Check, Outcome
from router.signatures.input import SignatureInput
from router.signatures.stamptext import _line_at


def _day(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def letter_age(item: SignatureInput, policy: Policy, checks: list[Check]) -> list[Check]:
    """`content` missing when the letter is older than the policy allows, or dated after
    it arrived: a genuine request sent again years later (a former officer's sent
    folder, a copy served on a suspect) asks about a case that may be closed.

    The date a valid signature states comes first (it is signed); else the
    letter's own date as read, which must not be after the arrival either."""
    limit = policy.document.signatures.max_letter_age_days
    if item.received_at is None or not limit:
        return []
    signed = [
        d
        for c in checks
        if c.kind in ("pdf_signature", "cades_signature") and c.verdict is Outcome.PASS
        if (d := _day(c.evidence.get("signing_time_stated"))) is not None
    ]
    dates = signed or [d for d in [_day(item.fields.get("reference_date"))] if d is not None]
    if not dates:
        return []
    arrived = item.received_at.date()
    what = "signed" if signed else "dated"
    oldest, newest = min(dates), max(dates)
    if (arrived - oldest).days > limit:
        return [
            Check(
                "content",
                Outcome.MISSING,
                f"the letter is {what} {oldest.isoformat()}, {(arrived - oldest).days} days "
                f"before it arrived (the policy allows {limit}: "
                "[signatures] max_letter_age_days): an old letter sent again is no current "
                "request; ask the authority, at its registry number, whether it stands",
                {"letter_date": oldest.isoformat(), "received": arrived.isoformat()},
            )
        ]
    # The letter's own date, signed or not: a date after the signing or the arrival cannot
    # be right (a letter post-dated into next year and signed today is not next year's
    # request: round 9's README). Two days' grace for clocks and time zones.
    own = _day(item.fields.get("reference_date"))
    if own is not None and (own - arrived).days > 2:
        return [
            Check(
                "content",
                Outcome.MISSING,
                f"the letter is dated {own.isoformat()}, after it arrived "
                f"({arrived.isoformat()}): its date cannot be right; ask the authority",
                {"letter_date": own.isoformat(), "received": arrived.isoformat()},
            )
        ]
    if signed and own is not None and (own - newest).days > 2:
        return [
            Check(
                "content",
                Outcome.MISSING,
                f"the letter is dated {own.isoformat()}, after it was signed "
                f"({newest.isoformat()}): a letter is not signed before it is written; "
                "ask the authority",
                {"letter_date": own.isoformat(), "signed": newest.isoformat()},
            )
        ]
    return []


def other_cases(ctx: Context, checks: list[Check]) -> list[Check]:
    """`content` missing when the mail's own text (subject, text parts) names a case file
    the signed documents never state: an old signed letter under a body asking in
    another case is a request in that case, and nothing signed it."""
    signed = {
        str(c.evidence.get("document"))
        for c in checks
        if c.kind == "signed_content" and c.verdict is Outcome.PASS
    }
    readings = [r for name in signed for r in ctx.bound_texts.get(name, [])]
    if not readings:
        return []

    def cases(text: str) -> set[str]:
        # Case files as the letters name them: after "dosar(ul) (penal) nr.", or with
        # the /P/ of a prosecutor's file; a registration number (1.902/II/2/2026) of an
        # earlier letter in the thread is no case. Compared without separators.
        folded = fold(text)
        found = [m.group("n") for p in CASE_FILE for m in p.finditer(folded)]
        return {re.sub(r"[^0-9a-z/]", "", n) for n in found}

    stated = set().union(*(cases(r) for r in readings))
    folded_readings = [fold(r) for r in readings]

    def in_signed(case: str) -> bool:
        # Stated without its label: a court's case header is a table ("Dosar nr. |
        # Materia | Termen" over "18244/215/2026 | penal | 14.01.2027"), so the number
        # stands under its label, not after it. The whole number, digits not run on.
        parts = [re.escape(p) for p in case.split("/") if p]
        pattern = re.compile(r"(?<![0-9a-z])" + r"\s*/\s*".join(parts) + r"(?![0-9])")
        return any(pattern.search(r) for r in folded_readings)

    others = sorted(n for n in cases(ctx.text) - stated if not in_signed(n))
    if not others:
        return []
    return [
        Check(
            "content",
            Outcome.MISSING,
            f"the mail names case file(s) {', '.join(others[:3])}, which the signed letter "
            "does not state: what it asks in them is not signed; a person must read it",
            {"unsigned_cases": others[:10]},
        )
    ]


_TO = re.compile(r"^\W*(?:catre|to|destinatar|in atentia)\b\W*(?P<who>.*)$")
# A company or institution by its legal form, a bank, a web domain.
_ORGANISATION = re.compile(
    r"\b(?:s\.?\s?r\.?\s?l\b|s\.?\s?a\b|s\.?\s?c\b|ltd|gmbh|inc|llc|plc|b\.?v\b|banca|bank)"
    r"|\b[a-z0-9-]+\.(?:ro|com|eu|net|org)\b"
)


def _addressee(reading: str) -> str | None:
    """The addressee line of a (normalised) letter: what follows "Către", or the line after."""
    lines = [x.strip() for x in reading.split("\n")[:40]]
    for i, line in enumerate(lines):
        m = _TO.match(line)
        if m:
            who = m.group("who").strip() or next((x for x in lines[i + 1 : i + 3] if x), "")
            return who or None
    return None


def addressed_elsewhere(ctx: Context, checks: list[Check]) -> list[Check]:
    """`content` missing when a signed letter is addressed to another company.

    Officers send one request per platform (the same case to OLX, a bank, us): a
    genuine letter to another company, sent to us (or replayed), asks us nothing,
    and its usernames are another platform's. A letter naming no addressee, or a
    department without a company, is not judged."""
    ours = {d.split(".")[0] for d in ctx.policy.cues.operator_domains}
    signed = {
        str(c.evidence.get("document"))
        for c in checks
        if c.kind == "signed_content" and c.verdict is Outcome.PASS
    }
    out: list[Check] = []
    for name in sorted(signed):
        for reading in ctx.bound_texts.get(name, [])[:1]:
            who = _addressee(reading)
            if not who or any(re.search(rf"\b{re.escape(o)}\b", who) for o in ours):
                continue
            if _ORGANISATION.search(who):
                out.append(
                    Check(
                        "content",
                        Outcome.MISSING,
                        f"{name}: the signed letter is addressed to {who[:80]!r}, not to us: "
                        "a request to another company asks us nothing (its users are that "
                        "company's); ask the authority",
                        {"document": name, "addressee": who[:200]},
                    )
                )
    return out


# A letter the authority cancelled: a stamp or frame in capitals across it ("ANULAT – s-a
# emis adresa nr. 402.390", "REVOCAT", "CANCELLED"). Capitals only: prose saying an account
# "a fost anulat" is no mark on the letter. (Round 9's README class: an annulled letter.)
_ANNULLED = re.compile(
    r"(?<![A-Za-zĂÂÎȘȚŞŢăâîșțşţ])(?:ANULAT[ĂA]?|REVOCAT[ĂA]?|CANCELL?ED|VOID)"
    r"(?![A-Za-zĂÂÎȘȚŞŢăâîșțşţ])"
)


def _signed_texts(ctx: Context) -> list[str]:
    """The text of each document a passing signature binds (its first reading)."""
    return [r for readings in ctx.bound_texts.values() for r in readings[:1]]


def _letter_texts(ctx: Context) -> list[str]:
    """What the letter itself says: each scanned page's reading, then each signed
    document's text."""
    texts: list[str] = []
    for scan in ctx.item.document.get("scans") or []:
        texts += [p["text"] for p in scan.get("read") or [] if isinstance(p.get("text"), str)]
    return texts + _signed_texts(ctx)


# The year a case file was registered in: the last part of "2291/P/2027", "3390/100/2026".
_CASE_YEAR = re.compile(r"/\s*((?:19|20)\d\d)\s*$")


def case_year(item: SignatureInput) -> list[Check]:
    """`content` missing when the case file is registered in a year after the letter's
    date (or, undated, after its arrival): no such case can exist yet, and the case is
    the request's very ground (round 15's "2291/P/2027" in a letter of 30.11.2026)."""
    m = _CASE_YEAR.search(str(item.fields.get("case_number") or ""))
    dated = _day(item.fields.get("reference_date"))
    if dated is None and item.received_at is not None:
        dated = item.received_at.date()
    if m is None or dated is None or int(m.group(1)) <= dated.year:
        return []
    return [
        Check(
            "content",
            Outcome.MISSING,
            f"the case file {item.fields.get('case_number')} is of {m.group(1)}, after the "
            f"letter's date ({dated.isoformat()}): no such case exists yet; ask the authority "
            "for the case the request is made in",
            {"case_number": str(item.fields.get("case_number")), "letter_date": dated.isoformat()},
        )
    ]


# A case the letter says was closed ("s-a dispus clasarea cauzei", "soluția de clasare",
# "a fost clasat"), and what reopens one (the closing overturned, the prosecution resumed).
_CLOSED = re.compile(
    r"\b(?:(?:s-a|a|au)\s+dispus\s+clasarea|clasarea\s+cauzei|solutia\s+de\s+clasare"
    r"|ordonanta\s+de\s+clasare|(?:a|au)\s+fost\s+clasat[aei]?|dispus\s+clasarea)\b"
)
_REOPENED = re.compile(
    r"\b(?:infirm\w*|redeschi\w*|relua\w*|desfiint\w*|admis\w*\s+plangerea|anulat\w*"
    r"|reopen\w*)\b"
)


def closed_case(ctx: Context) -> list[Check]:
    """`content` missing when a signed document or scanned page of the request says its
    case was closed and nothing reopened it: with no prosecution pending, no production
    order may be given in it (art. 170 presupposes one), whatever the letter then asks."""
    for text in _letter_texts(ctx):
        folded = fold(text)
        m = _CLOSED.search(folded)
        if m is None or _REOPENED.search(folded):
            continue
        line = _line_at(text, m.start()).strip()
        return [
            Check(
                "content",
                Outcome.MISSING,
                f"the letter says its case was closed ({line[:80]!r}) and names nothing that "
                "reopened it: no prosecution is pending in which data could be ordered; ask "
                "the authority",
                {"line": line[:200]},
            )
        ]
    return []


def annulled(ctx: Context) -> list[Check]:
    """`content` missing when a scanned page or a signed document of the request carries a
    mark of cancellation: the ink or the seal is genuine, the request was withdrawn."""
    for text in _letter_texts(ctx):
        m = _ANNULLED.search(text)
        if m is not None:
            line = _line_at(text, m.start()).strip()
            return [
                Check(
                    "content",
                    Outcome.MISSING,
                    f"the letter is marked {m.group(0)!r} ({line[:80]!r}): the authority "
                    "cancelled it; nothing is to be answered on it, ask the authority",
                    {"mark": m.group(0), "line": line[:200]},
                )
            ]
    return []


# A party of the case, as letters name one: the injured party, the civil party, the
# victim, the complainant or petitioner, the denouncer, the suspect or defendant; "the
# complaint made by" names the complainant too. The name follows, after a title.
_PARTY = re.compile(
    r"\b(?:persoan\w*\s+vatamat\w*|part\w*\s+vatamat\w*|part\w*\s+civil\w*|victim\w*"
    r"|petent\w*|reclamant\w*|denuntat\w*|suspect(?:ul|ului|a|ei)?|inculpat\w*|faptuitor\w*"
    r"|(?:plangere\w*|sesizare\w*|denunt\w*)(?:\s+penal\w*)?\s+(?:formulat\w*|depus\w*|facut\w*)"
    r"\s+de|injured\s+party|complainant)\b"
)
_TITLE = re.compile(
    r"\s*(?:[:,]\s*)?(?:(?:dl|d-l|d-na|dna|domnul|doamna|numit(?:ul|a)|cet[a-z]*|mr|mrs|ms)\.?\s+)?"
)
# Words of a signatory line that are no name: ranks, functions, units.
_NOT_NAME = frozenset(
    {
        "procuror",
        "procurorul",
        "prim",
        "adjunct",
        "sef",
        "sefa",
        "sefului",
        "general",
        "sectie",
        "sectiei",
        "serviciu",
        "serviciului",
        "birou",
        "biroului",
        "politie",
        "politiei",
        "comisar",
        "subcomisar",
        "comisarului",
        "chestor",
        "inspector",
        "inspectorul",
        "principal",
        "agent",
        "agentul",
        "ofiter",
        "ofiterul",
        "subofiter",
        "judecator",
        "judecatorul",
        "grefier",
        "grefierul",
        "presedinte",
        "presedintele",
        "director",
        "directorul",
        "lt",
        "col",
        "mr",
        "cpt",
        "insp",
        "sct",
        "pt",
        "de",
        "al",
        "din",
        "si",
        "the",
        "prosecutor",
        "judge",
        "officer",
        "chief",
        "superintendent",
        "inspectoratul",
        "parchetul",
        "tribunalul",
        "judecatoria",
    }
)


def _name_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", fold(text)) if w not in _NOT_NAME}


def own_cause(ctx: Context) -> list[Check]:
    """`content` missing when the letter names its own signatory as a party of the case:
    a prosecutor asking, under her seal, for the seller of the sofa she bought is no
    official request (art. 64 CPP: an official cannot act where they are the injured
    party or a party's relative); a person reads it. The signatory's name words (two at
    least, ranks and functions left out) against the name written after a party's role."""
    signatory = ctx.item.fields.get("signatory")
    if not isinstance(signatory, str):
        return []
    mine = _name_words(signatory)
    if len(mine) < 2:
        return []
    texts = _signed_texts(ctx)
    for scan in ctx.item.document.get("scans") or []:
        texts += [p["text"] for p in scan.get("read") or [] if isinstance(p.get("text"), str)]
    texts.append(ctx.text)
    for text in texts:
        folded = fold(text)
        for m in _PARTY.finditer(folded):
            title = _TITLE.match(folded, m.end())
            start = title.end() if title else m.end()
            # The name: up to the next comma, stop or bracket, at most six words on.
            stop = re.search(r"[,.;:()\[\]]", folded[start : start + 120])
            window = folded[start : start + (stop.start() if stop else 120)]
            named = set(re.findall(r"[a-z]{3,}", " ".join(window.split()[:6])))
            if len(mine & named) >= 2:
                role = " ".join(m.group(0).split())
                return [
                    Check(
                        "content",
                        Outcome.MISSING,
                        f"the letter names its signatory ({signatory!r}) as {role!r} of the "
                        "case: nobody acts officially in their own cause (art. 64 CPP); a "
                        "person must read it and ask the authority",
                        {"signatory": signatory, "role": role, "named": window.strip()[:120]},
                    )
                ]
    return []


# Traffic data as letters ask for them ("datele de trafic", "date privind traficul"); the
# offence of trafficking ("trafic de droguri", "trafic de influență") is no datum asked for.
_TRAFFIC_DATA = re.compile(r"\bdate\w*\s+(?:de|privind|referitoare\s+la)\s+trafic")
# The bases that reach traffic or communications data: art. 138-140 (surveillance),
# 152 and 153 (with the judge's approval); or the judge's approval stated in the letter.
_TRAFFIC_BASES = frozenset({"138", "139", "140", "152", "153"})
_JUDGE_APPROVAL = re.compile(
    r"judecator\w*\s+de\s+drepturi\s+si\s+libertati|incheier\w*\s+(?:nr|din)"
    r"|mandat\w*\s+de\s+supraveghere"
)


def _bases(ctx: Context) -> tuple[list[str], set[str]]:
    """The request's legal bases as read ("art. 170 CPP"), and their CPP articles' numbers."""
    bases = ctx.item.fields.get("legal_basis")
    shown = [str(b) for b in bases] if isinstance(bases, list) else []
    return shown, {m.group(1) for b in shown if (m := re.match(r"art\.\s*(\d+)\b.*CPP", b))}


# What only a prosecutor orders, with a judge's approval: the traffic and location data
# held by a provider (art. 152 CPP), and a bank's data (art. 153).
_PROSECUTORS_MEASURES = frozenset({"152", "153"})
# A prosecutor's order the police execute: "ordonanța procurorului", "ordonanța nr. … a
# Parchetului …", "dispusă de procuror".
_PROSECUTORS_ORDER = re.compile(
    r"ordonant\w*\s+(?:procurorului|parchetului|nr\.?[^\n]{0,60}?\bparchet\w*)"
    r"|dispus\w*\s+(?:prin\s+ordonant\w*\s+)?de\s+(?:catre\s+)?procuror"
)


def measure_without_order(ctx: Context) -> list[Check]:
    """`content` missing when a police letter rests on art. 152 or 153 CPP and states
    neither the prosecutor's order nor the judge's approval: those measures are the
    prosecutor's, by ordonanță, with the prior approval of the judge of rights and
    liberties (art. 152 (1)-(2)); the police may only execute them (round 14: IPJ
    Brașov's own mailbox and seal invoking art. 152 alone)."""
    if ctx.item.fields.get("authority_kind") != "police":
        return []
    bases, articles = _bases(ctx)
    measures = sorted(articles & _PROSECUTORS_MEASURES)
    if not measures:
        return []
    texts = [fold(t) for t in (*_signed_texts(ctx), ctx.text)]
    if any(_JUDGE_APPROVAL.search(t) or _PROSECUTORS_ORDER.search(t) for t in texts):
        return []
    shown = ", ".join(f"art. {a}" for a in measures)
    return [
        Check(
            "content",
            Outcome.MISSING,
            f"a police letter invokes {shown} CPP and states neither the prosecutor's order "
            "nor the judge's approval: these measures are the prosecutor's, by ordonanță, "
            "approved by the judge of rights and liberties; ask the authority for them",
            {"legal_basis": bases},
        )
    ]


def beyond_basis(ctx: Context) -> list[Check]:
    """`content` missing when a requested datum is traffic data and neither the legal
    basis (art. 138-140, 152, 153 CPP) nor the letter (a judge's approval, an
    încheiere) reaches it: art. 170 CPP, the usual production order, covers a user's
    data "other than traffic or content data" (para. 3). The data asked for are
    what the letter's list says; a person reads it and asks the authority."""
    data = ctx.item.fields.get("requested_data")
    if not isinstance(data, list):
        return []
    asked = [d for d in data if isinstance(d, str) and _TRAFFIC_DATA.search(fold(d))]
    if not asked:
        return []
    bases, articles = _bases(ctx)
    if articles & _TRAFFIC_BASES:
        return []
    texts = [*_signed_texts(ctx), ctx.text]
    if any(_JUDGE_APPROVAL.search(fold(t)) for t in texts):
        return []
    shown = ", ".join(bases) or "none"
    return [
        Check(
            "content",
            Outcome.MISSING,
            f"the letter asks for traffic data ({asked[0][:80]!r}) on a legal basis ({shown}) "
            "that does not reach them: art. 170 CPP covers user data other than traffic or "
            "content data (para. 3); traffic data need art. 152/153 CPP with a judge's "
            "approval. A person must read it and ask the authority",
            {"asked": asked[:3], "legal_basis": bases},
        )
    ]


_ELECTRONIC = ("pdf_signature", "cades_signature", "smime")
_MAILBOX = re.compile(r"\S+@\S+")
# A drafting or typing line, to its end: "Întocmit: …", "Redactat …", "Red./Dact. …",
# "Tehnoredactat …", "Operator: …" (folded).
_DRAFTING = re.compile(
    r"(?m)^[ \t]*(?:intocmit|redactat|tehnoredactat|red\.|dact\.|operator|ex\.)[^\n]*$"
)

# Someone the letter says is away: "Comisar-șef … / (aflat în concediu de odihnă)", "în
# lipsa șefului serviciului, comisar …", "absent". Named so, he is not the one who signs
# (round 16: the absent chief's token on his deputy's letter). The line the mark stands
# on, and the line above when the mark opens its line (a name, then "(aflat în …)").
_AWAY = re.compile(
    r"\b(?:aflat\w*\s+in\s+concediu|in\s+concediu|concediu\s+de\s+(?:odihna|boala)"
    r"|in\s+(?:lipsa|absenta)\b|absent\w*|indisponibil\w*)"
)


def _away_dropped(folded: str) -> str:
    """`folded` without the lines naming someone as away (`_AWAY`)."""
    lines = folded.split("\n")
    drop: set[int] = set()
    for n, line in enumerate(lines):
        m = _AWAY.search(line)
        if m is None:
            continue
        drop.add(n)
        if n and not line[: m.start()].strip(" \t(-,"):
            drop.add(n - 1)
    return "\n".join("" if n in drop else line for n, line in enumerate(lines))


def signer_not_signatory(ctx: Context, checks: list[Check]) -> list[Check]:
    """`signer_authority` missing when every valid signature of the letter is a person's
    own certificate and none of those persons is the signatory the letter states, nor
    named anywhere in what they signed (a "p." for a chief names the one who signs for
    him), except as away (`_AWAY`). A personal signature vouches for its holder only:
    the stated signatory never signed, whatever the registry binds the certificate to.
    A seal (an institution's certificate) signs for whoever the letter names."""
    signatory = ctx.item.fields.get("signatory")
    if not isinstance(signatory, str):
        return []
    stated = _name_words(signatory)
    if len(stated) < 2:
        return []  # no name read: nothing to hold the signer against
    valid = [
        c
        for c in checks
        if c.kind in _ELECTRONIC
        and c.verdict is Outcome.PASS
        and isinstance(c.evidence.get("signer_identity"), dict)
    ]
    identities = [c.evidence["signer_identity"] for c in valid]
    # A seal is an institution's (O and organizationIdentifier, no person named in it).
    if not identities or not all(
        i.get("natural_person") or not i.get("organization_identifier") for i in identities
    ):
        return []
    # A name on a drafting line ("Întocmit: insp. pr. Ene Bogdan", "Red./Dact.") is who
    # typed the letter, not who orders: being named there is no "p." for the chief
    # (round 14: the drafter's own certificate on the chief's letter).
    # Nor is a mailbox named after him ("bogdan.ene@…": where the answer goes).
    # Nor a name the letter gives as away ("aflat în concediu de odihnă").
    signed = " ".join(
        _away_dropped(_MAILBOX.sub(" ", _DRAFTING.sub(" ", fold(r)))) for r in _signed_texts(ctx)
    )
    named = set(re.findall(r"[a-z]{3,}", signed))
    for identity in identities:
        words = _name_words(str(identity.get("common_name") or ""))  # "POP ADRIAN-MIHAI"
        if words & stated or (len(words) >= 2 and len(words & named) >= 2):
            return []
    who = ", ".join(str(i.get("common_name")) for i in identities)
    return [
        Check(
            "signer_authority",
            Outcome.MISSING,
            f"the letter is signed with the personal certificate of {who}, but states "
            f"{signatory!r} as its signatory and names the holder nowhere but as away, if "
            "at all: a person's signature vouches for its holder only; ask the authority "
            "who signed",
            {"signers": [i.get("common_name") for i in identities], "signatory": signatory},
        )
    ]
