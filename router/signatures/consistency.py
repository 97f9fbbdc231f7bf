"""One authority throughout: the signer's, the channel's and the one the letter states.

`signer_authority` (one per valid PDF or S/MIME signature): a signature under a
pinned root counts only when the registry binds its certificate to an
authority (`signing_identities`), and that authority is the one the mail
authenticated as (when it came by mail) and the one the letter states. An
unknown signer is `missing` with its identity shown for the legal team to add;
a signer bound to another authority, or a later revision of a signed PDF
signed by anyone but the same authority (a signed shadow), is a `fail`.

`authority_match`: the authority the letter states must be the one the mail
channel authenticated: a court clerk's just.ro mailbox sending a letter headed
by DIICOT is a `fail`.

The letter's stated authority is read from the heading of the signed revision
itself when it names a registry authority (the institution lines top-down: a
unit the registry does not list belongs to the institution above it), else
from `fields.authority`; both through the registry's names, aliases and
acronyms (`Policy.authority_named`). A domain several registry entries share
(every prosecutor's office writes from mpublic.ro, every court from just.ro)
proves only "one of them": the signer binding and the stated authority pick
which, and they must agree.
"""

from __future__ import annotations

from typing import Any

from router.policy import Authority, Policy
from router.signatures.authority import domain_of
from router.signatures.countersign import approvers
from router.signatures.covernote import answer_address_checks
from router.signatures.evidence import Check, Outcome
from router.signatures.signer import describe

SIGNATURE_KINDS = ("pdf_signature", "smime", "cades_signature")


def channel_authority(checks: list[Check]) -> str | None:
    """The authority whose domain the mail authenticated as (authority_domain pass)."""
    return next(
        (
            str(c.evidence["authority"])
            for c in checks
            if c.kind == "authority_domain"
            and c.verdict is Outcome.PASS
            and c.evidence.get("authority")
        ),
        None,
    )


def channel_authorities(checks: list[Check], policy: Policy) -> list[str]:
    """Every registry authority the authenticated From domain may speak for (one unless shared)."""
    claimed = next(
        (
            c
            for c in checks
            if c.kind == "authority_domain"
            and c.verdict is Outcome.PASS
            and c.evidence.get("authority")
        ),
        None,
    )
    if claimed is None:
        return []
    names = [a.name for a in policy.authorities_for_domain(domain_of(claimed.evidence.get("from")))]
    return names or [str(claimed.evidence["authority"])]


def _channel_words(channel: list[str]) -> str:
    if len(channel) == 1:
        return channel[0]
    return "one of " + ", ".join(channel) + " (a domain they share)"


class Stated:
    """The authority a letter states: the words read, and the registry authority they name."""

    def __init__(self, text: str | None, authority: Authority | None, source: str) -> None:
        self.text = text
        self.authority = authority
        self.source = source  # "signed heading" or "fields"


def _signed_headings(checks: list[Check], policy: Policy) -> dict[str, list[Stated]]:
    """For each signed document, the authorities its signed revisions' headings name."""
    out: dict[str, list[Stated]] = {}
    for c in checks:
        heading = c.evidence.get("heading")
        if c.kind != "signed_content" or not isinstance(heading, list) or not heading:
            continue
        text = "\n".join(str(x) for x in heading)
        found, named = policy.authorities_named(text)
        # A heading that names no registry authority leaves the word to the fields; one
        # that names institutions of no one hierarchy (a police heading over a
        # prosecutor's office) states no authority at all: never the fields' instead.
        if named:
            out.setdefault(str(c.evidence.get("document")), []).append(
                Stated(text.replace("\n", " / "), found, "signed heading")
            )
    return out


def _first_revisions(checks: list[Check]) -> dict[str, int]:
    """For each signed PDF, the revision of its first valid signature."""
    out: dict[str, int] = {}
    for c in checks:
        ev = c.evidence
        if c.kind == "pdf_signature" and c.verdict is Outcome.PASS and "revision" in ev:
            doc, rev = str(ev.get("document")), int(ev["revision"])
            out[doc] = min(rev, out.get(doc, rev))
    return out


def _signer_check(
    c: Check,
    policy: Policy,
    channel: list[str],
    stated_text: str | None,
    stated: Authority | None,
    later: bool,
) -> Check:
    ident: dict[str, Any] = c.evidence.get("signer_identity") or {}
    where = str(c.evidence.get("document") or "S/MIME signature")
    ev = {"document": where, "signer_identity": ident}
    person = ident.get("natural_person")
    # A seal identity (O + organizationIdentifier) binds a seal: a person's certificate
    # carrying the employer's O and identifier is bound only by its own SHA-256.
    bound = policy.authorities_signed_by(
        None if person else ident.get("organization"),
        None if person else ident.get("organization_identifier"),
        ident.get("certificate_sha256"),
    )
    if not bound and person:
        as_seal = policy.authorities_signed_by(
            ident.get("organization"), ident.get("organization_identifier"), None
        )
        if as_seal:
            return Check(
                "signer_authority",
                Outcome.FAIL,
                f"{where}: a natural person's certificate ({person}) carrying the seal "
                f"identity of {as_seal[0].name} (O and organizationIdentifier): a seal "
                "identity binds the institution's seal, not an employee's certificate; an "
                "officer who signs for the authority is bound by the certificate's SHA-256 "
                f"({describe(ident)})",
                {**ev, "signer_to_add": ident},
            )
    if len(bound) > 1:
        names = ", ".join(a.name for a in bound)
        return Check(
            "signer_authority",
            Outcome.FAIL,
            f"{where}: the signer is bound to several authorities ({names}): the registry is wrong",
            {**ev, "authorities": [a.name for a in bound]},
        )
    if not bound:
        if later:
            return Check(
                "signer_authority",
                Outcome.FAIL,
                f"{where}: a revision added after the document was signed is signed by a "
                f"certificate bound to no authority ({describe(ident)}): what it draws over "
                "the signed page is not the authority's",
                ev,
            )
        return Check(
            "signer_authority",
            Outcome.MISSING,
            f"{where}: the signature is valid under a pinned root, but its signer is bound to no "
            f"registry authority ({describe(ident)}): a certificate anyone may hold; the legal "
            "team may add it to the authority's signing_identities once confirmed with the "
            "authority",
            {**ev, "signer_to_add": ident},
        )
    authority = bound[0].name
    ev["authority"] = authority
    by_fingerprint = policy.authorities_signed_by(None, None, ident.get("certificate_sha256"))
    if not by_fingerprint and ident.get("qualified") is None and "qualified" in ident:
        # A seal identity (O + organizationIdentifier) binds the institution's qualified
        # seal: the same O and identifier on a certificate with no qualified statement (a
        # CA's test certificate, "Mediu de test integrare", round 16) is not that seal.
        return Check(
            "signer_authority",
            Outcome.MISSING,
            f"{where}: the certificate carries the seal identity of {authority} (O and "
            "organizationIdentifier) but is no qualified certificate (no QC statement): a "
            "test or ordinary certificate of the same name is not the institution's seal; "
            "bind it by its SHA-256 only once the authority confirms it signs with it "
            f"({describe(ident)})",
            {**ev, "signer_to_add": ident, "not_qualified": True},
        )
    conflicts: list[str] = []
    if channel and authority not in channel:
        conflicts.append(f"the mail authenticated as {_channel_words(channel)}")
    if stated is not None and not policy.covers(stated.name, authority):
        conflicts.append(f"the letter states {stated.name} ({stated_text!r})")
    if conflicts:
        return Check(
            "signer_authority",
            Outcome.FAIL,
            f"{where}: signed by a certificate of {authority}, but {' and '.join(conflicts)}",
            ev,
        )
    if (problem := c.evidence.get("sender_problem")) and not _vouches(c, policy, bound[0]):
        return Check(
            "signer_authority",
            Outcome.MISSING,
            f"{where}: signed by a certificate of {authority}, but {problem}, an address "
            f"{authority} does not list: a person decides whether the signer sent it",
            ev,
        )
    if not bound[0].confirmed:
        # The binding is the registry's word, and this entry is not yet the legal team's
        # word: what it binds is a candidate, as an unknown signer is (round 14).
        return Check(
            "signer_authority",
            Outcome.MISSING,
            f"{where}: signed by an identity listed for {authority}, whose registry entry "
            "the legal team has not confirmed (confirmed = false): an unconfirmed entry binds "
            "no signer; confirm the entry's identities and numbers with the authority, then "
            "set confirmed = true",
            {**ev, "signer_to_add": ident, "unconfirmed_entry": authority},
        )
    if stated is None:
        shown = repr(stated_text) if stated_text else "no authority"
        return Check(
            "signer_authority",
            Outcome.MISSING,
            f"{where}: signed by a certificate of {authority}, but the letter states {shown}, "
            "which the registry does not know as that authority",
            ev,
        )
    return Check(
        "signer_authority",
        Outcome.PASS,
        f"{where}: signed by a registry identity of {authority}, the authority the letter states"
        + (" and the mail authenticated as" if channel else ""),
        ev,
    )


def _vouches(c: Check, policy: Policy, authority: Authority) -> bool:
    """Whether a bound S/MIME certificate that does not name the sender may still sign its
    mail: a seal names no address (the mail's DKIM authenticates the mailbox); an
    officer's names one under a domain the registry lists for the same authority (or the
    institution above it)."""
    emails = [str(e) for e in c.evidence.get("emails") or []]
    if not emails:
        return True
    # Its own domains, or those of the institution above it (the national alias of an IPJ).
    mine = {authority.name, *policy.ancestors(authority)}
    return any(
        a.name in mine
        for e in emails
        for a in policy.authorities
        if a.owns_domain(e.rpartition("@")[2])
    )


def _countersignature(check: Check, approving: set[str]) -> Check | None:
    """A later signature bound to an authority the first signed text names as approving it."""
    authority = check.evidence.get("authority")
    if not authority or authority not in approving:
        return None
    where = check.evidence.get("document")
    return Check(
        "signer_authority",
        Outcome.PASS,
        f"{where}: countersigned by a registry identity of {authority}, which the letter's "
        "first signed revision names as approving it (a countersignature vouches for nothing "
        "else: the issuer is judged on the first signature)",
        {**check.evidence, "countersignature": True},
    )


def _document_authorities(out: list[Check]) -> list[Check]:
    """Every signature in one PDF must speak for the same authority (countersignatures aside)."""
    by_doc: dict[str, set[str]] = {}
    for c in out:
        if c.evidence.get("countersignature"):
            continue
        if c.evidence.get("authority") and c.evidence.get("document"):
            by_doc.setdefault(str(c.evidence["document"]), set()).add(str(c.evidence["authority"]))
    mixed = {d: names for d, names in by_doc.items() if len(names) > 1}
    return [
        Check(
            "signer_authority",
            Outcome.FAIL,
            f"{d}: its signatures speak for different authorities ({', '.join(sorted(names))})",
            {"document": d},
        )
        for d, names in mixed.items()
    ]


def consistency_checks(
    checks: list[Check], policy: Policy, fields: dict[str, Any], is_mail: bool
) -> list[Check]:
    """signer_authority for each valid signature, and authority_match for mail.

    `checks` is updated in place: a `signed_content` pass whose answer address
    neither the signed content states nor the authority owns becomes missing
    (`covernote.answer_address_checks`).
    """
    stated_text = fields.get("authority") if isinstance(fields.get("authority"), str) else None
    from_fields = Stated(stated_text, policy.authority_named(stated_text), "fields")
    headings = _signed_headings(checks, policy)
    channel = channel_authorities(checks, policy) if is_mail else []
    first = _first_revisions(checks)
    approved = approvers(checks, policy, first)
    out: list[Check] = []
    for c in checks:
        if c.kind not in SIGNATURE_KINDS or c.verdict is not Outcome.PASS:
            continue
        doc = str(c.evidence.get("document"))
        later = c.kind == "pdf_signature" and int(c.evidence.get("revision", 0)) > first.get(doc, 0)
        # What the signed document itself states comes first: it is what the signer signed.
        stated = (headings.get(doc) or [from_fields])[0]
        check = _signer_check(c, policy, channel, stated.text, stated.authority, later)
        if later and check.verdict is Outcome.FAIL:
            check = _countersignature(check, approved.get(doc, set())) or check
        out.append(check)
    out += _document_authorities(out)
    # Where to answer: stated by the signed content or the authority's own address.
    speaks_for = channel + [
        str(c.evidence["authority"])
        for c in out
        if c.kind == "signer_authority"
        and c.evidence.get("authority")
        and not c.evidence.get("countersignature")
    ]
    checks[:] = answer_address_checks(checks, policy, speaks_for)
    if channel:
        stated_all = [s for found in headings.values() for s in found]
        signed = {s.authority.name: s for s in stated_all if s.authority}
        # A document stating the institution and another its unit state one authority: the unit.
        signed = {
            n: s
            for n, s in signed.items()
            if not any(policy.covers(n, o) for o in signed if o != n)
        }
        if len(signed) > 1:
            out.append(
                Check(
                    "authority_match",
                    Outcome.FAIL,
                    "the signed documents state different authorities: "
                    + "; ".join(f"{s.text!r} ({name})" for name, s in sorted(signed.items())),
                    {"channel_authorities": channel, "stated": sorted(signed)},
                )
            )
        else:
            unclear = [s for s in stated_all if s.authority is None]
            letter = unclear[0] if unclear else next(iter(signed.values()), from_fields)
            out.append(_authority_match(channel, letter, policy))
    return out


def _authority_match(channel: list[str], letter: Stated, policy: Policy) -> Check:
    stated = letter.authority
    ev: dict[str, Any] = {
        "channel_authorities": channel,
        "stated": letter.text,
        "stated_from": letter.source,
        "stated_authority": stated and stated.name,
    }
    where = _channel_words(channel)
    if stated is None:
        shown = repr(letter.text) if letter.text else "no authority"
        return Check(
            "authority_match",
            Outcome.MISSING,
            f"the letter states {shown}, which the registry does not know as {where} "
            "(the authority the mail authenticated as)",
            ev,
        )
    covered = [ch for ch in channel if policy.covers(stated.name, ch)]
    if not covered:
        return Check(
            "authority_match",
            Outcome.FAIL,
            f"the letter states {stated.name} ({letter.text!r}) but the mail authenticated as "
            f"{where}: one authority's mailbox is no proof for another's letter",
            ev,
        )
    # Which office of a shared domain: the one the letter states (its call-back numbers);
    # a letter stating only the institution above a unit's mailbox: that unit.
    ev["authority"] = stated.name if stated.name in covered or len(covered) > 1 else covered[0]
    if ev["authority"] != stated.name:
        said = f"the letter states {stated.name}, and the mail authenticated as its unit {ev['authority']}"
    else:
        said = f"the letter states {stated.name}, the authority the mail authenticated as"
    return Check(
        "authority_match",
        Outcome.PASS,
        said
        + (f" (of those sharing its domain: {', '.join(channel)})" if len(channel) > 1 else ""),
        ev,
    )
