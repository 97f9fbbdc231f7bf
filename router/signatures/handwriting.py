"""Handwritten signature and stamp on scanned pages: the judgement on what the parse step saw.

The parse step reads every scanned file once: Tesseract's words, and on the
last pages the ink that is not text near the signature block (`parsers.ink`:
the signer's rank or "L.S." locates the block; a thin, wide stroke component
is a signature; a ring or a closed frame a stamp). It stores that reading in
the item's document summary under `scans`, keyed by the file's SHA-256.

Here the route step looks those readings up for the very files it finds in
the original bytes (`Context.files`, hashed again), picks the page that shows
most of a signature block, and turns it into `handwritten_signature` and
`stamp` evidence: page, box (page pixels), score, ink colour, and a small
cropped PNG (base64) for the legal team to look at. A file with no reading
(not read within the mail's page budget, or parsed by a version that did not
keep readings) was not examined, and says so: nothing is assumed present.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from typing import Any

from parsers.ink import rank
from parsers.stampwords import fold, fuzzy_in
from router.policy import heading_lines
from router.signatures.binding import _norm, key_content, ocr_readings, states
from router.signatures.evidence import Check, Outcome
from router.signatures.stamptext import (
    distinctive,
    foreign,
    key_words,
    leftover,
    letter_pages,
    names,
    parent_only,
    tie,
)


class AuthorityNames(list[str]):
    """The names a stamp must name one of (`authority_names`), with the registry they were
    read from: the letter's heading may name the stated unit's parent (or its sub-unit)."""

    registry: tuple[Any, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """The best examined page of the files looked at: which file, which page, what it shows."""

    source: str
    number: int
    marks: dict[str, Any]
    text: str  # the page's OCR text, for the signed-content check
    reading: dict[str, Any]  # the file's whole stored reading (its other kept pages' text)


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _examined(reading: dict[str, Any]) -> int:
    """How many of a reading's pages had their ink examined (with or without success)."""
    return sum(isinstance(p.get("marks"), dict) for p in reading.get("read") or [])


def readings_for(
    files: list[tuple[str, bytes]], scans: list[dict[str, Any]]
) -> tuple[list[tuple[int, str, dict[str, Any]]], list[str]]:
    """((file index, name, reading) of each scanned file whose ink was examined at parse,
    names of the files whose ink was not: not read, or read without the examination)."""
    by_sha: dict[str, dict[str, Any]] = {}
    for s in scans:
        if not isinstance(s, dict):
            continue
        key = str(s.get("sha256"))
        # The same bytes attached twice: the fuller reading (a page budget may cut the second).
        if key not in by_sha or _examined(s) > _examined(by_sha[key]):
            by_sha[key] = s
    found: list[tuple[int, str, dict[str, Any]]] = []
    unread: list[str] = []
    for i, (name, data) in enumerate(files):
        reading = by_sha.get(sha256_of(data))
        if reading is None:
            unread.append(name)
        elif not reading.get("ocr_pages"):
            continue  # read, and every page had a text layer: no scan, no ink to look for
        elif not _examined(reading):
            unread.append(f"{name} (ink not examined at parse)")
        else:
            found.append((i, name, reading))
    return found, unread


def best_page(
    readings: list[tuple[int, str, dict[str, Any]]],
) -> tuple[Finding | None, int, list[str]]:
    """The examined page showing most of a signature block (the end of each letter first),
    how many pages were examined, and the pages whose examination failed."""
    best: Finding | None = None
    best_rank = -1.0
    examined = 0
    failed: list[str] = []
    for _index, name, reading in readings:
        for page in reversed(reading.get("read") or []):
            marks = page.get("marks")
            if not isinstance(marks, dict):
                continue
            if marks.get("error"):
                failed.append(f"{name} page {page.get('number')}: {marks['error']}")
                continue
            examined += 1
            finding = Finding(name, page["number"], marks, page["text"], reading)
            if marks.get("signature") and marks.get("stamp"):
                return finding, examined, failed  # a whole block: this page, whatever ranked
            r = rank(marks)
            if r > best_rank:
                best, best_rank = finding, r
    return best, examined, failed


def heading_names(first: str, stated: str, registry: tuple[Any, ...] = ()) -> list[str]:
    """The other institutions of the letter's own heading: a unit's stamp may name the parent
    the heading puts above it (Poliția Municipiului Pașcani under IPJ Iași), a parent's
    letter may carry its unit's stamp.

    Only a heading that states the letter's authority counts (`first`: the text of the page
    that opens the letter), and only its institution lines (not ROMÂNIA, not a ministry:
    every body under it shares those), with the names and acronyms of the registry entries
    the heading names (of a kind other than a ministry's).
    """
    lines = heading_lines(first)
    heading = fold(" ".join(lines))
    want = distinctive(stated)
    if not lines or not want or not all(fuzzy_in(w, heading, 0.8) for w in want):
        return []
    # Only bodies of the stated authority's kind (or a unit with no kind of its own,
    # "Serviciul …"): the heading is the letter's own text, and a court written under a
    # prosecutor's office would let the court's stamp sign the prosecutor's letter.
    own = kind_of(stated)
    out: list[str] = []
    for line in lines:
        words = fold(line).split()
        kind = kind_of(line)
        if own is not None and kind is not None and kind != own:
            continue
        if words and words[0] not in ("romania", "ministerul") and fold(line) != fold(stated):
            out.append(line)
    text = "\n".join(lines)
    for a in registry:
        named_at = getattr(a, "named_at", None)
        kind = getattr(a, "kind", "other")
        if named_at is None or kind == "other" or (own is not None and kind != own):
            continue
        if named_at(text) is None:
            continue
        out += [n for n in (a.name, *getattr(a, "acronyms", ())) if n and n not in out]
    return [n for n in out if n != stated]


# The kind of body a name opens with: its first word that says one.
_KIND_WORDS = {
    "parchetul": "prosecutor",
    "parchetului": "prosecutor",
    "diicot": "prosecutor",
    "dna": "prosecutor",
    "procuratura": "prosecutor",
    "judecatoria": "court",
    "tribunalul": "court",
    "curtea": "court",
    "inalta": "court",
    "inspectoratul": "police",
    "politia": "police",
    "politiei": "police",
    "ipj": "police",
    "igpr": "police",
    "igpf": "police",
}


def kind_of(name: str) -> str | None:
    """ "prosecutor", "court" or "police" by the first word of `name` that says which
    ("PARCHETUL DE PE LÂNGĂ TRIBUNALUL X" is a prosecutor's office); None for a unit that
    says none ("Serviciul Teritorial Craiova", "Biroul …")."""
    for word in fold(name).split():
        if word in _KIND_WORDS:
            return _KIND_WORDS[word]
    return None


def _stamp_check(
    stamp: dict[str, Any],
    where: dict[str, Any],
    page: int,
    names_: list[str],
    related: list[str] | None = None,
    heading: str = "",
) -> Check:
    """`stamp` from what its ring or frame says: the stated authority, another, or unreadable."""
    ev = {**where, **stamp}
    shape = stamp.get("shape")
    text = stamp.get("text")
    if stamp.get("unreadable") or not isinstance(text, str) or not text.strip():
        return Check(
            "stamp",
            Outcome.UNVERIFIABLE,
            f"{shape} stamp on page {page} whose text cannot be read: a stamp proves "
            "nothing unless it names the authority",
            ev,
        )
    if stamp.get("registry_mark"):
        return Check(
            "stamp",
            Outcome.FAIL,
            f"the stamp on page {page} is a registry's mark ({text[:80]!r}): it shows that "
            "a page was registered there, not who issued it",
            ev,
        )
    other = foreign(text)
    if other is not None:
        return Check(
            "stamp",
            Outcome.FAIL,
            f"the stamp on page {page} names another institution ({other!r} in {text[:80]!r})",
            ev,
        )
    if not names_:
        return Check(
            "stamp",
            Outcome.UNVERIFIABLE,
            f"{shape} stamp on page {page} reads {text[:80]!r}, but the letter states no "
            "authority to compare it with",
            ev,
        )
    # The stated name itself (first), else a registry name or acronym, or an institution of
    # the letter's own heading (its parent or unit), that the ring names. A name with no key
    # word ("Poliția Română", "IPJ", "Serviciul de Investigare a Fraudelor"), stated or not,
    # only when the ring says nothing more than it and the letter's heading: never a generic
    # name that another county's ring carries too.
    also = [n for n in related or [] if n not in names_]
    candidates = [*names_, *also]
    own = "\n".join(candidates)  # the letter's names of itself: their kinds are its own
    hit = next(
        (
            n
            for n in candidates
            if names(text, n, own) and (key_words(n) or not leftover(text, n, heading))
        ),
        None,
    )
    parent = parent_only(text, kind_of(names_[0]), heading) if hit is None else None
    if parent is not None:
        # The outer ring of an office's die names its ministry and nothing else; the
        # office's own name (an inner ring in small letters) is not legible here (round
        # 15). A ministry's words are on every unit's die, and on the ministry's own: they
        # prove no office (session 15's review), and they name no other body either. A
        # person reads the stamp (`review`), as for a ring that cannot be read.
        return Check(
            "stamp",
            Outcome.UNVERIFIABLE,
            f"{shape} stamp on page {page} reads {text[:80]!r}: it names only "
            f"{parent.title()!r}, the body above {names_[0]!r} (every unit's die says as "
            "much), and no other body; the office's own name on it is not legible",
            {**ev, "names": parent, "parent_only": True},
        )
    if hit is None:
        return Check(
            "stamp",
            Outcome.FAIL,
            f"the stamp on page {page} reads {text[:80]!r}: it does not name {names_[0]!r}",
            {**ev, "compared_with": candidates},
        )
    how = "" if hit in names_ else " (named in the letter's heading with its stated authority)"
    if stamp.get("partial"):
        how += " (struck partly: its ring is closed in three quarters of its round)"
    return Check(
        "stamp",
        Outcome.PASS,
        f"{shape} stamp on page {page} names {hit!r}{how}",
        {**ev, "names": hit},
    )


def _belonging(best: Finding) -> tuple[str, str]:
    """How the signature page is tied to the letter its file opens (page 1), and so is
    every page between them (a page slipped in between is signed by nothing: red team 6):
    "tied", "untied" or "other" (`stamptext.tie`), and why."""
    total = int(best.reading.get("pages") or best.reading.get("ocr_pages") or 1)
    if total <= 1 or best.number == 1:
        return "tied", "a one-page letter"
    read = best.reading.get("read") or []
    pages = {p.get("number"): p.get("text") for p in read}
    # The letter opens on the last page up to the signature's that opens one ("Nr. X din
    # <date>"; `letter_pages`): an envelope or a cover sheet scanned before it is no page
    # of the letter to tie to (round 14: a registered letter's envelope as page 1).
    inside, _outside = letter_pages(read, best.number)
    opening = int(inside[0]["number"]) if inside else 1
    if any(not isinstance(pages.get(k), str) for k in range(1, opening)):
        # A page before it was not read (a typed page, a text layer): what it says cannot be
        # judged as outside the letter, so the letter is still held to its page 1.
        opening = 1
    if opening == best.number:
        return "tied", f"the letter opens on page {opening}, the signature's page"
    first = pages.get(opening)
    if not isinstance(first, str):
        return "untied", f"page 1 was not read: page {best.number} cannot be tied to the letter"
    state, why = tie(first, best.text, best.number, total)
    if state != "tied":
        return state, why
    for k in range(opening + 1, best.number):
        text = pages.get(k)
        if not isinstance(text, str):
            return (
                "untied",
                f"page {k}, between page {opening} and the signature page, was not read",
            )
        state_k, why_k = tie(first, text, k, total)
        if state_k != "tied":
            return state_k, f"page {k}, between page {opening} and the signature page: {why_k}"
    return "tied", why


def signature_block_checks(
    files: list[tuple[str, bytes]],
    scans: list[dict[str, Any]],
    authorities: list[str] | None = None,
) -> tuple[list[Check], Finding | None]:
    """`handwritten_signature` and `stamp` evidence for the best examined page of `files`.

    `authorities`: the names the stamp must name one of (the letter's stated
    authority first, then its registry entry's name and aliases).
    """
    names_ = [a for a in authorities or [] if a]
    readings, unread = readings_for(files, scans)
    if not readings and not unread:
        return [], None  # no scanned page among the files: other evidence must sign
    best, examined, failed = best_page(readings)
    unread = unread + failed
    not_read = {"not_examined": unread} if unread else {}
    if best is None:
        why = f"no scanned page examined ({len(unread)} file(s) or page(s) not examined)"
        if examined:
            why = f"no handwritten signature on {examined} examined page(s)"
        stamp_why = why.replace("handwritten signature", "stamp")
        return [
            Check("handwritten_signature", Outcome.MISSING, why, dict(not_read)),
            Check("stamp", Outcome.MISSING, stamp_why, dict(not_read)),
        ], None
    where = {"source": best.source, "page": best.number, "block_anchor": best.marks.get("anchor")}
    checks: list[Check] = []
    signature, stamp = best.marks.get("signature"), best.marks.get("stamp")
    tied, why_page = _belonging(best)
    if signature and tied != "tied":
        # "untied": nothing shows the page is another letter's either: a person compares
        # the pages and calls back; the authority is not asked to sign again what it signed.
        checks.append(
            Check(
                "handwritten_signature",
                Outcome.MISSING,
                f"the signature on page {best.number} is not shown to be this letter's: {why_page}",
                {**where, **signature, "page_belongs": False, "page_tie": tied},
            )
        )
    elif signature:
        ev = {**where, **signature}
        checks.append(
            Check(
                "handwritten_signature",
                Outcome.PASS,
                f"handwriting strokes on page {best.number}",
                ev,
            )
        )
    else:
        checks.append(
            Check(
                "handwritten_signature",
                Outcome.MISSING,
                f"no handwriting strokes on the last page(s) ({examined} page(s))",
                {**where, **not_read},
            )
        )
    if stamp:
        related: list[str] = []
        heading = ""
        if names_:
            read = [p for p in best.reading.get("read") or [] if isinstance(p.get("text"), str)]
            pages, _outside = letter_pages(read, best.number)
            first = str((pages or read or [{"text": ""}])[0]["text"])
            registry = getattr(authorities, "registry", ())
            related = heading_names(first, names_[0], registry)
            heading = " ".join(heading_lines(first))
        checks.append(_stamp_check(stamp, where, best.number, names_, related, heading))
    else:
        plain = best.marks.get("plain_rings") or []
        why = f"no stamp on the last page(s) ({examined} page(s))"
        if plain:
            why += (
                f"; {len(plain)} closed shape(s) with no text on them: a plain circle is no stamp"
            )
        checks.append(
            Check("stamp", Outcome.MISSING, why, {**where, **not_read, "plain_rings": plain})
        )
    if best.marks.get("crop_png_base64"):
        checks[0].evidence["crop_png_base64"] = best.marks["crop_png_base64"]
    return checks, best


def authority_names(fields: dict[str, Any], authorities: Any) -> AuthorityNames:
    """The names a stamp must name one of: the letter's stated authority, then the name and
    acronyms of the registry entry that the statement names (`Authority.named_at`).

    Never an alias: an alias ("Poliția", "Poliției", "Tribunalul") is a generic word that a
    private body's or another unit's ring carries too ("ASOCIAȚIA PRIETENII POLIȚIEI",
    "POLIȚIA ORAȘULUI HUEDIN"); a stamp must carry the stated institution's distinctive words.
    """
    out = AuthorityNames()
    out.registry = tuple(authorities)
    stated = fields.get("authority")
    if not isinstance(stated, str) or not stated.strip():
        return out
    out.append(stated.strip())
    for a in authorities:
        named_at = getattr(a, "named_at", None)
        if named_at is None or named_at(stated) is None:
            continue
        out += [n for n in (a.name, *getattr(a, "acronyms", ())) if n and n not in out]
    return out


def paper_letter(
    files: list[tuple[str, bytes]],
    scans: list[dict[str, Any]],
    fields: dict[str, Any],
    checks: list[Check],
    beside: str = "",
) -> list[Check]:
    """On paper, the ink signs its letter only: the pages from the one opening the letter to
    its signature page (`stamptext.letter_pages`).

    A field of the request (`binding.key_content`: case, users, data asked for…) that those
    pages do not state but a page outside them does (before the page opening the letter,
    after its signature page), or the text beside the scan does (`beside`: a fax gateway's
    mail, unauthenticated), is signed by nothing: the handwritten signature no longer counts
    for the request (`missing`: at most incomplete), with `signed_content` naming the values
    and where they come from.
    """
    kinds = {c.kind: c.verdict for c in checks if c.kind in ("handwritten_signature", "stamp")}
    if any(kinds.get(k) is not Outcome.PASS for k in ("handwritten_signature", "stamp")):
        return checks
    best, _examined, _failed = best_page(readings_for(files, scans)[0])
    if best is None:
        return checks
    read = [p for p in best.reading.get("read") or [] if isinstance(p.get("text"), str)]
    pages, outside = letter_pages(read, best.number)
    signed = [t for p in pages for t in ocr_readings(p["text"])]
    signed.append(_norm("\n".join(p["text"] for p in pages)))
    elsewhere: dict[str, list[str]] = {
        f"page {p['number']} of {best.source}": ocr_readings(p["text"])
        for p in read
        if p["number"] in outside
    }
    if beside.strip():
        elsewhere["the mail text beside the scan (unauthenticated)"] = [_norm(beside)]
    unsigned = [
        (
            what,
            value,
            [w for w, texts in elsewhere.items() if any(states(t, value, True) for t in texts)],
        )
        for what, value in key_content(fields)
        if not any(states(t, value, True) for t in signed)
    ]
    unsigned = [u for u in unsigned if u[2]]
    # Whatever makes no field: the text outside the letter may name no user and no data,
    # and ask for nothing, that the letter does not (`unsigned.findings`, as for mail).
    from router.signatures.unsigned import findings

    outside_text = [p["text"] for p in read if p["number"] in outside]
    if beside.strip():
        outside_text.append(beside)
    said = findings("\n\n".join(outside_text), signed, set()) if outside_text else []
    unsigned += [("text", f, ["the pages outside the letter or the text beside it"]) for f in said]
    span = [int(p["number"]) for p in pages]
    ev = {"pages_read": span, "pages_outside_letter": outside}
    if not unsigned:
        return checks
    where = f"pages {span[0]}-{span[-1]}" if len(span) > 1 else f"page {best.number}"
    detail = (
        f"the signed and stamped letter ({where} of {best.source}) does not state "
        + "; ".join(
            f"{what} {value!r}, stated only on {', '.join(ws)}" for what, value, ws in unsigned
        )
        + ": what lies outside the signed letter is signed by nothing (a page that does not "
        "belong to the letter, or text beside the scan)"
    )
    bound = Check(
        "signed_content", Outcome.MISSING, detail, {**ev, "unsigned": [v for _, v, _ in unsigned]}
    )
    out: list[Check] = []
    for c in checks:
        if c.kind == "handwritten_signature":
            c = replace(
                c,
                verdict=Outcome.MISSING,
                detail=f"{c.detail}, but it does not sign the whole request: {detail}",
            )
        out.append(c)
    return [*out, bound]
