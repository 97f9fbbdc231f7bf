"""The entry point: evidence from every applicable check, then the verdict, as JSON."""

from __future__ import annotations

import re
from typing import Any

from parsers.fields.authority import FAX_LINE
from parsers.fields.phones import find_phones, normalize_phone
from parsers.normalize import fold
from router.policy import Authority, Policy
from router.signatures.adapters import TrustAdapters
from router.signatures.binding import key_content
from router.signatures.config import SignatureConfig
from router.signatures.consistency import channel_authorities, consistency_checks
from router.signatures.context import Context
from router.signatures.evidence import Check, Outcome, Verdict
from router.signatures.handwriting import paper_letter
from router.signatures.input import SignatureInput
from router.signatures.letter import (
    addressed_elsewhere,
    annulled,
    beyond_basis,
    case_year,
    closed_case,
    letter_age,
    measure_without_order,
    other_cases,
    own_cause,
    signer_not_signatory,
)
from router.signatures.registry import REGISTRY, SignatureCheck, run_checks
from router.signatures.reply import draft_reply
from router.signatures.scope import beyond_approval
from router.signatures.signatory import signatory_of_another_body
from router.signatures.timing import signed_after_sent
from router.signatures.unsigned import unsigned_text_checks
from router.signatures.verdict import decide, is_urgent

_URGENT_NOTE = (
    "urgent wording: confirm by calling a number from the authority registry, "
    "never a number given in the request"
)
_PAPER_NOTE = (
    "paper: a signature and a stamp on a scan or a fax can be drawn by anyone and a "
    "fax's sending number is the sender's own claim; before releasing data, confirm by "
    "calling a number from the authority registry, never a number given in the request"
)


def _callback(
    ctx: Context, authority: str | None, note: str, claimed_by_fax: str | None = None
) -> dict[str, Any]:
    """Who to call back before acting: numbers from the registry only."""
    matches: list[Authority] = [a for a in ctx.policy.authorities if a.name == authority]
    numbers = [n for a in matches for n in a.phone_numbers]
    out: dict[str, Any] = {"required": True, "authority": authority, "numbers": numbers}
    # A unit the registry gives no number: the institution above it (its switchboard).
    for above in ctx.policy.ancestors(authority) if authority and not numbers else []:
        upper = next((a for a in ctx.policy.authorities if a.name == above), None)
        if upper is not None and upper.phone_numbers:
            numbers = out["numbers"] = list(upper.phone_numbers)
            note += f"; the numbers are those of {above}, the institution above {authority}"
            break
    if not numbers:
        note += (
            "; the registry has no number for "
            + (authority or "the authority the request names")
            + ": find one independently (the authority's official site, a colleague), "
            "never one from the request"
        )
    if claimed_by_fax and claimed_by_fax != authority:
        out["fax_claims"] = claimed_by_fax
        note += (
            f"; the sending fax number belongs to {claimed_by_fax} in the registry, "
            "not to the authority the letter names: treat the request as suspect"
        )
    out["note"] = note
    return out


_REVIEW_NOTE = (
    "paper, signed and stamped, not verified for a reason only a person can settle (see "
    "`review`): compare the pages or read the stamp, then confirm by calling a number from "
    "the authority registry, never a number given in the request"
)


def _for_a_person(requirements: dict[str, str], checks: list[Check]) -> list[str]:
    """Why a signed and stamped paper letter is for a person rather than for a reply: the
    signature requirement is missing only because the signature page is not tied to page 1
    by a number (nothing shows it is another letter's), or the stamp's ring cannot be read.
    [] when anything else is missing or wrong (then the authority is asked, as before)."""
    if requirements.get("signature") != Outcome.MISSING.value:
        return []
    if any(v != Outcome.PASS.value for k, v in requirements.items() if k != "signature"):
        return []
    hand = [c for c in checks if c.kind == "handwritten_signature"]
    stamp = [c for c in checks if c.kind == "stamp"]
    if len(hand) != 1 or len(stamp) != 1 or any(c.kind == "signed_content" for c in checks):
        return []
    out: list[str] = []
    h, st = hand[0], stamp[0]
    if h.verdict is Outcome.MISSING and h.evidence.get("page_tie") == "untied":
        out.append(f"handwritten_signature: {h.detail}")
    elif h.verdict is not Outcome.PASS:
        return []
    if st.verdict is Outcome.UNVERIFIABLE and st.evidence.get("shape"):
        out.append(f"stamp: {st.detail}; a person reads it")
    elif st.verdict is not Outcome.PASS:
        return []
    return out


def _what_to_confirm(callback: dict[str, Any], fields: dict[str, Any], checks: list[Check]) -> None:
    """On paper the call-back confirms the request's content, not only that the letter exists:
    the ink signs the page it is on, and the pages before it are tied to it only by a number
    anyone holding one genuine page can copy (red team 6). `confirm` lists what to read back
    to the authority (number, date, case, users, data); the note names the pages without ink."""
    callback["confirm"] = [f"{what}: {value}" for what, value in key_content(fields)]
    signed = next(
        (c.evidence.get("page") for c in checks if c.kind == "handwritten_signature"), None
    )
    if isinstance(signed, int) and signed > 1:
        before = "page 1 carries" if signed == 2 else f"pages 1-{signed - 1} carry"
        callback["note"] += (
            f"; the signature and stamp are on page {signed}, and {before} no "
            "ink: read back what those pages ask for (`confirm`: users, data), not only the "
            "letter's number, which a forger holding one genuine page can copy"
        )


def _stated_authority(ctx: Context) -> str | None:
    """The registry authority the request's text names (fields.authority), when exactly one fits."""
    stated = ctx.item.fields.get("authority")
    if not isinstance(stated, str) or not stated.strip():
        return None
    # The registry's names, aliases and acronyms ("IPJ Cluj" is Poliția Română).
    found = ctx.policy.authority_named(stated)
    if found is None and not ctx.is_mail:
        # A sub-unit ("Poliția Municipiului Pașcani") under the institution its heading
        # names above it ("Inspectoratul de Poliție Județean Iași"): the heading of the
        # letter's first page, as read by the parse step, names the registry entry.
        for scan in ctx.item.document.get("scans") or []:
            pages = [p for p in scan.get("read") or [] if isinstance(p.get("text"), str)]
            if pages:
                found = ctx.policy.authority_in_heading(pages[0]["text"])
                break
    return found.name if found is not None else None


def _paper_authority(ctx: Context) -> list[Check]:
    """On paper, a stated authority that no registry entry fits keeps the request from
    `verified` (`authority_match` missing: at most incomplete): its own stamp naming it
    proves only that someone made that stamp, and a call-back has no registry number."""
    stated = ctx.item.fields.get("authority")
    if not isinstance(stated, str) or not stated.strip() or _stated_authority(ctx) is not None:
        return []
    return [
        Check(
            "authority_match",
            Outcome.MISSING,
            f"the letter's stated authority {stated.strip()!r} matches no registry entry: a "
            "person must identify the authority (and find its official numbers independently, "
            "never from the letter) before the request can be verified",
            {"stated": stated.strip(), "registry_match": False},
        )
    ]


# A fax machine's transmission line carries a time ("17:02") or its page tag ("P.001/002");
# a letter's own footer ("Pagina 1 din 2 · Tel. 0264 …") is the authority's, and is no
# claim of the sending machine.
_TRANSMISSION = re.compile(r"\b[0-2]?[0-9]:[0-5][0-9]\b|\bp\.\s*[0-9]{1,4}\s*/\s*[0-9]{1,4}\b")
# The machine's date and time on its line ("03.12.2026 09:15", "04-DEC-2026 16:20"): no
# part of a number, though their digits run on into one ("03.12.2026 09" read as 0312202609).
# A real day and month and a year of four digits: a number in pairs ("0235-41-12-09") stays.
_STAMPED_AT = re.compile(
    r"(?<![\d./-])(?:0?[1-9]|[12][0-9]|3[01])[./-](?:0?[1-9]|1[0-2]|[a-z]{3})[./-](?:19|20)[0-9]{2}"
    r"(?![\d./-])|\b[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?\b"
)


def transmission_numbers(text: str) -> set[str]:
    """The sending numbers a page's fax transmission lines show (its first and last three
    lines: "02/12/2026 17:02 +40 232 555 192 IPJ IASI P.001/002"), normalised."""
    out: set[str] = set()
    lines = text.split("\n")
    for line in lines[:3] + lines[-3:]:
        folded = fold(line)
        if FAX_LINE.search(folded) and _TRANSMISSION.search(folded):
            out |= {n for _a, _b, n in find_phones(_STAMPED_AT.sub(" ", folded))}
    return out


def _printed_fax_numbers(ctx: Context) -> set[str]:
    """The numbers the transmission lines printed on the scanned pages show."""
    out: set[str] = set()
    for scan in ctx.item.document.get("scans") or []:
        for page in scan.get("read") or []:
            if isinstance(page.get("text"), str):
                out |= transmission_numbers(page["text"])
    return out


def _paper_line_and_answer(ctx: Context, checks: list[Check]) -> list[Check]:
    """On paper the ink is all the authenticity, and ink can be drawn: what the letter
    says about where it came from and where the data go must be the authority's own.

    - a fax from a number the registry does not know, when the registry lists the stated
      authority's fax lines: not verified until a person calls back (a forger copies a
      genuine letter and stamp and faxes it from any machine);
    - an answer address the authority does not own (a free mailbox, any other domain):
      the data would go where the letter, not the authority, says. On mail a qualified
      signature bound to the authority vouches for such an address; on paper nothing does.
    Both leave `authority_match` missing (at most incomplete), never suspicious: a new
    fax machine or an officer's personal address is a question for a person.
    """
    stated = _stated_authority(ctx)
    if stated is None:
        return []
    family = {stated, *ctx.policy.ancestors(stated)}
    family |= {a.name for a in ctx.policy.authorities if stated in ctx.policy.ancestors(a)}
    own = [a for a in ctx.policy.authorities if a.name in family]
    out: list[Check] = []
    fax = next((c for c in checks if c.kind == "fax_number"), None)
    lines = [n for a in own for n in a.fax_numbers]
    if fax is not None and fax.evidence.get("registry_match") is False and lines:
        out.append(
            Check(
                "authority_match",
                Outcome.MISSING,
                f"the fax came from {fax.evidence.get('fax_number')}, a number the registry "
                f"does not give {stated} (its lines: {', '.join(lines[:3])}): a copied letter "
                "and stamp can be faxed from any machine; call back on a registry number "
                "before the request can be verified",
                {"fax_number": fax.evidence.get("fax_number"), "stated_authority": stated},
            )
        )
    printed = _printed_fax_numbers(ctx)
    ours = {normalize_phone(n) for a in own for n in (*a.fax_numbers, *a.phone_numbers)} - {None}
    foreign = sorted(n for n in printed if n not in ours)
    if foreign and ours:
        tag = fax.evidence.get("fax_number") if fax is not None else None
        out.append(
            Check(
                "authority_match",
                Outcome.MISSING,
                f"the transmission line printed on the pages shows {foreign[0]}, a number the "
                f"registry does not give {stated}"
                + (f", while the fax's own tag claims {tag}" if tag else "")
                + ": the sending machine's claims disagree (a letter copied and faxed from "
                "another machine); call back on a registry number before the request can be "
                "verified",
                {"printed_fax_line": foreign, "fax_number": tag, "stated_authority": stated},
            )
        )
    answer = ctx.item.fields.get("reply_to")
    if isinstance(answer, str) and "@" in answer:
        domain = answer.rpartition("@")[2].lower()
        if not any(a.owns_domain(domain) for a in own):
            out.append(
                Check(
                    "authority_match",
                    Outcome.MISSING,
                    f"the letter asks for the answer at {answer}, a mailbox the registry does "
                    f"not give {stated}: on paper nothing but drawable ink vouches for it; "
                    "confirm the address with the authority on a registry number",
                    {"reply_to": answer, "stated_authority": stated},
                )
            )
    return out


def _fax_authority(ctx: Context, checks: list[Check]) -> list[Check]:
    """A fax sent from a number the registry gives to another authority than the letter's.

    The sending number is the machine's own claim and proves nothing when it
    matches. When it does not — the registry knows it as another institution's
    number — the letter and the line it came on disagree, as when a forger
    faxes a prosecutor's letter from a police station: `authority_match`
    fails (suspicious). Institutions the registry relates (`outranks`) may
    share a line.
    """
    by_fax = _evidence_authority(checks, "fax_number")
    stated = _stated_authority(ctx)
    if by_fax is None or stated is None or by_fax == stated:
        return []
    found = {a.name: a for a in ctx.policy.authorities}
    fax, letter = found.get(by_fax), found.get(stated)
    if (
        fax is None
        or letter is None
        or fax.name in letter.outranks
        or letter.name in fax.outranks
        or ctx.policy.related(fax.name, letter.name)
    ):
        return []
    return [
        Check(
            "authority_match",
            Outcome.FAIL,
            f"the letter states {stated} but the fax came from a number the registry gives to "
            f"{by_fax}: the letter and the line it was sent on disagree",
            {"stated_authority": stated, "fax_authority": by_fax},
        )
    ]


def _evidence_authority(checks: list[Check], *kinds: str) -> str | None:
    return next(
        (
            str(c.evidence["authority"])
            for c in checks
            if c.kind in kinds and c.evidence.get("authority")
        ),
        None,
    )


def _ink_signed(checks: list[Check]) -> bool:
    """The signature requirement rests on ink: no electronic signature bound to the request."""
    electronic = {"signed PDF", "S/MIME-signed content", "CAdES-signed document"}
    bound = [c for c in checks if c.kind == "signed_content" and c.verdict.value == "pass"]
    return not any(c.evidence.get("signed") in electronic for c in bound)


def evaluate(
    item: SignatureInput,
    policy: Policy,
    config: SignatureConfig,
    registry: tuple[SignatureCheck, ...] = REGISTRY,
    *,
    adapters: TrustAdapters | None = None,
) -> dict[str, Any]:
    """The `signatures` object of the structured request for one item.

    A function of its arguments: `config` (hosts believed) and `adapters` (the
    DNS resolver and the pinned roots) are built once by the caller's entry
    point, never read from the environment or the disk here. Without
    `adapters` (benches, tests) they are built from `config` for this call.
    """
    ctx = Context(item, policy, config, adapters)
    checks = run_checks(ctx, registry)
    if "signature" in ctx.required:
        # The signer is the authenticator: bound to the authority the channel and letter name.
        checks += consistency_checks(checks, policy, item.fields, ctx.is_mail)
    law = "authority_channel" in ctx.required
    if law and ctx.is_mail:
        # The signature binds a text, not the fields read from it: the rest of the mail
        # may name no user and no data the signed text does not ask for.
        checks = unsigned_text_checks(ctx, checks)
    if law and not ctx.is_mail:
        checks += _paper_authority(ctx)
        checks += _fax_authority(ctx, checks)
        checks += _paper_line_and_answer(ctx, checks)
        # The ink signs its letter's pages only: nothing outside them feeds a verified request,
        # nor does the mail a fax-to-e-mail gateway wrapped the scan in (its text is nobody's).
        scans = ctx.item.document.get("scans") or []
        beside = ctx.text if ctx.gateway is not None else ""
        checks = paper_letter(ctx.files, scans, ctx.item.fields, checks, beside=beside)
    if law:
        checks += letter_age(item, policy, checks)
    if law and ctx.is_mail:
        checks += other_cases(ctx, checks)
        checks += signed_after_sent(ctx, checks)
    if law:
        checks += addressed_elsewhere(ctx, checks)
        checks += annulled(ctx)
        checks += case_year(item)
        checks += closed_case(ctx)
        checks += own_cause(ctx)
        checks += beyond_basis(ctx)
        checks += measure_without_order(ctx)
        checks += signer_not_signatory(ctx, checks)
        checks += signatory_of_another_body(item)
        checks += beyond_approval(ctx)
    urgent = law and is_urgent(item.fields.get("urgent"), ctx.text)
    decision = decide(ctx.required, checks, ctx.is_mail, urgent)
    out: dict[str, Any] = {
        "required": list(ctx.required),
        "verdict": decision.verdict.value,
        "requirements": decision.requirements,
        "checks": [c.to_json() for c in checks],
        "reasons": decision.reasons,
        "urgent": urgent,
        "callback": None,
        "reply_draft": None,
    }
    if item.annexes:
        # What only the unsigned annexes name: shown, never part of the request (`annexes`).
        out["unauthenticated"] = [a.to_json() for a in item.annexes]
    # Ink on paper proves little by itself: a verified paper request is confirmed by phone.
    # So is a mail whose signature is only ink on an attached scan (no bound PDF or S/MIME signature).
    paper = (
        law and decision.verdict is Verdict.VERIFIED and (not ctx.is_mail or _ink_signed(checks))
    )
    if urgent or paper:
        note = _URGENT_NOTE if urgent else _PAPER_NOTE
        if ctx.is_mail:  # the authority whose domain the mail authenticated as
            authority = _evidence_authority(checks, "authority_domain")
            if len(channel_authorities(checks, policy)) > 1:
                # A shared domain (mpublic.ro, just.ro): the office the letter states and
                # the channel allows, else nobody's numbers rather than the first office's.
                authority = _evidence_authority(checks, "authority_match")
            out["callback"] = _callback(ctx, authority, note)
        else:
            # On paper the letter names its authority; a fax number is only the
            # sending machine's claim, a cross-check that never picks whom to call.
            out["callback"] = _callback(
                ctx, _stated_authority(ctx), note, _evidence_authority(checks, "fax_number")
            )
            _what_to_confirm(out["callback"], ctx.item.fields, checks)
    to_add = [
        c.evidence["signer_to_add"]
        for c in checks
        if c.kind == "signer_authority" and c.evidence.get("signer_to_add")
    ]
    if to_add:
        # The authority sent a signature; only our registry does not know the signer yet.
        out["signers_to_review"] = to_add
    review = _for_a_person(decision.requirements, checks) if not ctx.is_mail else []
    if decision.verdict is Verdict.INCOMPLETE and review:
        # The letter is signed and stamped; what is missing is ours to judge (a page not
        # tied by a number, a stamp whose ring cannot be read): a person compares and calls
        # back. No reply asks the authority to sign again what it signed (issue 12).
        out["review"] = review
        out["callback"] = _callback(ctx, _stated_authority(ctx), _REVIEW_NOTE)
        _what_to_confirm(out["callback"], ctx.item.fields, checks)
    elif decision.verdict is Verdict.INCOMPLETE:
        resign = any(c.evidence.get("expired_after_signing") for c in checks)
        out["reply_draft"] = draft_reply(
            decision.requirements, item.fields, signer_pending=bool(to_add), resign=resign
        )
    if ctx.defects:
        out["defects"] = list(ctx.defects)
    return out
