"""Electronic signatures in PDFs, validated by pyHanko against the pinned roots only.

Each embedded signature is one `pdf_signature` check: it passes only when the
signed bytes are intact, the CMS signature is valid, the certificate chains
to a pinned root and is within its validity at validation time, and the file
is exactly what was signed, or what was signed followed only by revisions that
are themselves valid signatures (whose signers `evaluation.py` then requires
to be bound to the same authority) or by long-term validation data. Any other
revision after a signature — an annotation, a form field or signature field
whose appearance covers the page, new /Contents, a changed /AcroForm
appearance, bytes appended past the signed revision — is the shadow-attack
family (hide, replace, hide-and-replace) and fails, with pyHanko's
modification level reported as it is.

Long-term validation data (PAdES-B-LT, B-LTA): a qualified signing tool, or
Adobe's "LTV enabled", appends a /DSS (the chain, OCSP, CRLs, /VRI entries)
and possibly a document timestamp (/DocTimeStamp). Such a revision is allowed
after a signature only when pyHanko's difference analysis, applied to that
revision alone, classifies it at most LTA_UPDATES (nothing a reader sees: an
invisible timestamp field, the DSS, metadata); a later signature may fill a
field (FORM_FILLING), nothing else may. A document timestamp is validated as
a timestamp (`validate_pdf_timestamp`): its bytes intact and its CMS valid, or
the signature it follows fails; whether its TSA chains to a pinned root is
recorded, never required, because here a timestamp proves nothing we rely on.
It is evidence under the signature it follows ("document timestamp by …, not
an authority's signature"), never a `pdf_signature` of its own: it names no
authority and binds no content. A PDF with timestamps and no signature has a
`missing` signature.

A certificate that has expired since the time the signature states (no
timestamp proves that time) is `unverifiable`, never a failure: it asks for a
re-signed copy. Revocation is not fetched (offline): recorded as unverifiable.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, replace
from typing import Any

from asn1crypto import x509
from pyhanko.pdf_utils.reader import HistoricalResolver, PdfFileReader
from pyhanko.sign.diff_analysis import (
    DEFAULT_DIFF_POLICY,
    DiffResult,
    StandardDiffPolicy,
    SuspiciousModification,
)
from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko_certvalidator import ValidationContext

from router.signatures import panels, shown
from router.signatures.evidence import Check, Outcome
from router.signatures.roots import private_copies
from router.signatures.signer import identity, purpose_problem, signer_name

log = logging.getLogger(__name__)

_SIG_MARK = re.compile(rb"/ByteRange\s*\[|/Type\s*/Sig\b")
# What a later revision may do to an earlier signature's document when that
# revision is itself a valid signature: add the signature (and validation data).
_ALLOWED_AFTER = {"NONE", "LTA_UPDATES", "FORM_FILLING"}
# What any other later revision may do: validation data and an invisible document
# timestamp (pyHanko's LTA_UPDATES), nothing a reader sees.
_ALLOWED_UNSIGNED = {"NONE", "LTA_UPDATES"}
_DOC_TIMESTAMP = "/DocTimeStamp"


def has_pdf_signature(raw: bytes) -> bool:
    """Whether the bytes carry a PDF signature dictionary at all (cheap pre-check)."""
    return _SIG_MARK.search(raw) is not None


def _byte_range(emb: Any) -> list[int] | None:
    """The signature's /ByteRange as four integers (None when it is not that)."""
    try:
        values = [int(v) for v in emb.byte_range]
    except (TypeError, ValueError, AttributeError):
        return None
    return values if len(values) == 4 else None


def _context(roots: tuple[x509.Certificate, ...], moment: Any = None) -> ValidationContext:
    # Private copies: the caller's objects may be shared by worker threads.
    return ValidationContext(
        trust_roots=private_copies(roots),
        allow_fetching=False,
        revocation_mode="soft-fail",
        moment=moment,
    )


class _RevisionLevels(StandardDiffPolicy):
    """pyHanko's default difference policy, remembering each later revision's own level.

    pyHanko reviews every revision after the signed one, each against the signed
    revision, and reports only the highest level. The verdict needs each
    revision's level: a later signature may fill a field (FORM_FILLING), validation
    data may do no more than LTA_UPDATES. One instance per validation (threads).
    """

    def __init__(self) -> None:
        super().__init__(
            global_rules=DEFAULT_DIFF_POLICY.global_rules,
            form_rule=DEFAULT_DIFF_POLICY.form_rule,
        )
        self.levels: dict[int, str] = {}

    def apply(
        self,
        old: HistoricalResolver,
        new: HistoricalResolver,
        field_mdp_spec: Any = None,
        doc_mdp: Any = None,
    ) -> DiffResult:
        try:
            result = super().apply(old, new, field_mdp_spec, doc_mdp)
        except SuspiciousModification:
            # pyHanko stops reviewing here: later revisions stay unreviewed (refused).
            self.levels[int(new.revision)] = "OTHER"
            raise
        self.levels[int(new.revision)] = str(result.modification_level.name)
        return result


@dataclass(frozen=True, slots=True)
class _Stamp:
    """A document timestamp: its revision, evidence, and why it does not verify (or None)."""

    revision: int
    evidence: dict[str, Any]
    problem: str | None

    def words(self) -> str:
        ev = self.evidence
        if self.problem is not None:
            return f"a document timestamp (revision {self.revision}) that {self.problem}"
        trust = (
            "its TSA chains to a pinned root"
            if ev["trusted"]
            else f"the TSA {ev['trust_problem']}: the time it states is the TSA's claim"
        )
        return (
            f"document timestamp by {ev['tsa']} at {ev['time']} (revision {self.revision}; "
            f"{trust}; not an authority's signature, it binds no content)"
        )


def _timestamp(emb: Any, roots: tuple[x509.Certificate, ...]) -> _Stamp:
    """A /DocTimeStamp validated as a timestamp (RFC 3161 token over the bytes before it)."""
    revision = int(emb.signed_revision)
    ev: dict[str, Any] = {"field": emb.field_name, "revision": revision}
    try:
        # What follows the timestamp is judged by the signatures before it, not by it.
        status = validate_pdf_timestamp(emb, validation_context=_context(roots), skip_diff=True)
    except Exception as exc:  # noqa: BLE001 - pyHanko raises many types for broken tokens
        log.info("document timestamp %s cannot be validated: %r", emb.field_name, exc)
        broken = f"cannot be validated ({exc})"
        return _Stamp(revision, {**ev, "problem": broken}, broken)
    cert = status.signing_cert
    ident = identity(cert)
    coverage = getattr(status.coverage, "name", str(status.coverage))
    ev |= {
        "tsa": signer_name(ident) or ident.get("subject") or "unknown TSA",
        "tsa_subject": ident.get("subject"),
        "tsa_issuer": cert.issuer.human_friendly if cert is not None else None,
        "time": status.timestamp.isoformat() if status.timestamp else None,
        "intact": status.intact,
        "valid": status.valid,
        "trusted": status.trusted,
        "coverage": coverage,
        "note": "a timestamp proves when these bytes existed, not who wrote them: "
        "not an authority's signature",
    }
    if not status.trusted:
        indic = str(getattr(status, "trust_problem_indic", "") or "")
        ev["trust_problem"] = (
            "has no trust roots configured (REGISTRATURA_TRUST_ROOTS)"
            if not roots
            else f"does not chain to a pinned root ({indic or 'no path'})"
        )
    problem: str | None = None
    if not status.intact:
        problem = "does not verify: the timestamped bytes were altered"
    elif not status.valid:
        problem = "does not verify: its signature is invalid"
    elif coverage not in {"ENTIRE_REVISION", "ENTIRE_FILE"}:
        problem = f"does not verify: it does not cover its revision (coverage {coverage})"
    if problem is not None:
        ev["problem"] = problem
    return _Stamp(revision, ev, problem)


def _dss_state(resolver: HistoricalResolver) -> tuple[object, ...] | None:
    """What the /DSS of one revision holds (None: no DSS, or one pyHanko cannot read)."""
    try:
        dss = DocumentSecurityStore.read_dss(resolver)
    except Exception:  # noqa: BLE001 - no DSS, or an unreadable one: no validation data
        return None
    return (
        tuple(sorted(repr(k) for k in dss.certs)),
        tuple(repr(r) for r in dss.ocsps),
        tuple(repr(r) for r in dss.crls),
        tuple(sorted(str(k) for k in dss.vri_entries)),
    )


def _revision_contents(reader: PdfFileReader, first: int, total: int) -> dict[int, bool]:
    """For each revision from `first` on: does it add or update validation data (/DSS)?"""
    out: dict[int, bool] = {}
    before = _dss_state(reader.get_historical_resolver(first - 1)) if first > 0 else None
    for k in range(first, total):
        try:
            now = _dss_state(reader.get_historical_resolver(k))
        except Exception:  # noqa: BLE001 - an unreadable revision adds nothing we can name
            now = None
        out[k] = now is not None and now != before
        before = now
    return out


def _expired_after_signing(
    emb: Any, status: Any, roots: tuple[x509.Certificate, ...]
) -> str | None:
    """The stated signing time, when the certificate was valid then and has expired since."""
    indic = str(getattr(status, "trust_problem_indic", "") or "")
    when = status.signer_reported_dt
    if "OUT_OF_BOUNDS" not in indic and "EXPIRED" not in indic or when is None:
        return None
    try:
        again = validate_pdf_signature(emb, signer_validation_context=_context(roots, when))
    except Exception:  # noqa: BLE001 - not provable then either: the caller reports the expiry
        return None
    return when.isoformat() if again.trusted and again.intact and again.valid else None


def _status_check(
    name: str,
    emb: Any,
    roots: tuple[x509.Certificate, ...],
    total_revisions: int,
    diff_policy: StandardDiffPolicy | None = None,
) -> Check:
    status = validate_pdf_signature(
        emb, signer_validation_context=_context(roots), diff_policy=diff_policy
    )
    cert = status.signing_cert
    ident = identity(cert)
    level = getattr(status.modification_level, "name", str(status.modification_level))
    coverage = getattr(status.coverage, "name", str(status.coverage))
    revision = int(getattr(emb, "signed_revision", total_revisions - 1))
    ev: dict[str, Any] = {
        "document": name,
        "field": emb.field_name,
        "signer": signer_name(ident),
        "subject": ident.get("subject"),
        "signer_identity": ident,
        "issuer": cert.issuer.human_friendly if cert is not None else None,
        "not_after": cert["tbs_certificate"]["validity"]["not_after"].native.isoformat()
        if cert is not None
        else None,
        "signing_time_stated": status.signer_reported_dt.isoformat()
        if status.signer_reported_dt
        else None,
        "intact": status.intact,
        "valid": status.valid,
        "trusted": status.trusted,
        "coverage": coverage,
        "modification_level": level,
        "docmdp_ok": status.docmdp_ok,
        "byte_range": _byte_range(emb),
        "revision": revision,
        "total_revisions": total_revisions,
        "revocation": "unverifiable (offline: no OCSP/CRL fetched)",
    }
    problems: list[str] = []
    if not status.intact:
        problems.append("the signed bytes were altered")
    elif not status.valid:
        problems.append("the signature does not verify")
    if (purpose := purpose_problem(cert)) is not None:
        problems.append(purpose)
    who = ev["signer"] or "unknown signer"
    if not status.trusted and status.intact and status.valid:
        expired = _expired_after_signing(emb, status, roots)
        if expired is not None:
            ev["expired_after_signing"] = True
            return Check(
                "pdf_signature",
                Outcome.UNVERIFIABLE,
                f"{name}: signature of {who} was valid at the time it states ({expired}), but "
                f"the certificate expired on {ev['not_after']} and no timestamp proves that time: "
                "a copy signed again with a valid certificate is needed",
                ev,
            )
    if not status.trusted and status.intact:
        problems.append(_untrusted_reason(status, cert, roots))
    if status.docmdp_ok is False:
        problems.append(f"changed after signing (modification level {level})")
    if problems:
        return Check(
            "pdf_signature", Outcome.FAIL, f"{name}: signature of {who}: {'; '.join(problems)}", ev
        )
    return Check(
        "pdf_signature",
        Outcome.PASS,
        f"{name}: valid signature of {who}, chains to a pinned root; "
        # With later revisions the file is more than what was signed: they are named after this.
        + (
            "the file is the signed revision"
            if coverage == "ENTIRE_FILE"
            else "the signed revision is intact"
        )
        + f" (coverage {coverage}, modification level {level}; revocation not checked offline)",
        ev,
    )


def _untrusted_reason(
    status: Any, cert: x509.Certificate | None, roots: tuple[x509.Certificate, ...]
) -> str:
    """Why pyHanko did not trust the signer, in words for the legal team (the real failure)."""
    if not roots:
        return "no trust roots configured (REGISTRATURA_TRUST_ROOTS)"
    if (
        cert is not None
        and cert.self_signed != "no"
        and cert.dump() not in {r.dump() for r in roots}
    ):
        return "self-signed certificate, not a pinned root"
    indic = str(getattr(status, "trust_problem_indic", "") or "")
    if "OUT_OF_BOUNDS" in indic or "EXPIRED" in indic or "NOT_YET_VALID" in indic:
        return f"certificate expired or not yet valid ({indic})"
    if "REVOKED" in indic:
        return f"certificate revoked ({indic})"
    usage = _usage_problem(status)
    if usage:
        return usage
    if "CHAIN_CONSTRAINTS" in indic or "NO_CERTIFICATE_CHAIN_FOUND" in indic or not indic:
        return f"certificate does not chain to a pinned root ({indic or 'no path'})"
    return f"certificate not trusted ({indic})"


def _usage_problem(status: Any) -> str | None:
    """A key-usage or extended-key-usage refusal, named as such."""
    indic = str(getattr(status, "trust_problem_indic", "") or "")
    if "SIG_CONSTRAINTS" in indic or "KEY_USAGE" in indic.upper():
        ku = getattr(status, "key_usage", None)
        eku = getattr(status, "extd_key_usage", None)
        return (
            f"certificate not allowed to sign documents: key usage "
            f"{sorted(ku) if ku else 'none'}, extended key usage {sorted(eku) if eku else 'none'} "
            f"({indic})"
        )
    return None


def _later_entries(
    ev: dict[str, Any],
    levels: dict[int, str],
    signed: dict[int, Check],
    stamps: dict[int, _Stamp],
    dss: dict[int, bool],
) -> list[dict[str, Any]]:
    """Each revision after this signature's: what it is, its own level, whether it may follow."""
    out: list[dict[str, Any]] = []
    for k in range(int(ev["revision"]) + 1, int(ev["total_revisions"])):
        # pyHanko stops at the first refused revision: the rest were never reviewed.
        level = levels.get(k, "not reviewed (an earlier revision was refused)")
        entry: dict[str, Any] = {"revision": k, "modification_level": level}
        if k in signed:
            ok = signed[k].verdict is Outcome.PASS
            entry["kind"] = "signature" if ok else "signature that does not pass"
            entry["field"] = signed[k].evidence.get("field")
            entry["allowed"] = ok and level in _ALLOWED_AFTER
        elif k in stamps:
            entry["kind"] = "document timestamp"
            entry["field"] = stamps[k].evidence.get("field")
            entry["allowed"] = stamps[k].problem is None and level in _ALLOWED_UNSIGNED
        else:
            entry["kind"] = "validation data (DSS)" if dss.get(k) else "unsigned update"
            entry["allowed"] = level in _ALLOWED_UNSIGNED
        entry["validation_data"] = bool(dss.get(k))
        out.append(entry)
    return out


def _refused(entries: list[dict[str, Any]], stamps: dict[int, _Stamp]) -> str | None:
    """The revisions that may not follow a signature, in words (None: every one may)."""
    parts = []
    for e in entries:
        if e["allowed"]:
            continue
        k = int(e["revision"])
        stamp = stamps.get(k)
        if stamp is not None and stamp.problem is not None:
            parts.append(stamp.words())
        else:
            parts.append(
                f"revision {k} ({e['kind']}) at modification level {e['modification_level']}"
            )
    return "; ".join(parts) if parts else None


def _followed_by(entries: list[dict[str, Any]], stamps: dict[int, _Stamp]) -> str:
    """What follows the signature, in words, when all of it may."""
    words = []
    signatures = [e for e in entries if e["kind"] == "signature"]
    if signatures:
        words.append(
            f"followed by {len(signatures)} later signature revision(s) "
            "(each must itself be bound to the same authority)"
        )
    data = [str(e["revision"]) for e in entries if e["validation_data"]]
    if data:
        words.append(
            f"validation data (DSS) added after signing in revision(s) {', '.join(data)} "
            "(modification level LTA_UPDATES: nothing a reader sees)"
        )
    words += [stamps[int(e["revision"])].words() for e in entries if e["revision"] in stamps]
    other = [str(e["revision"]) for e in entries if e["kind"] == "unsigned update"]
    if other:
        words.append(
            f"revision(s) {', '.join(other)} change only what pyHanko classifies as "
            "LTA_UPDATES (nothing a reader sees)"
        )
    return "; ".join(words)


def _later_revisions(
    checks: list[Check],
    levels: dict[int, dict[int, str]] | None = None,
    stamps: dict[int, _Stamp] | None = None,
    dss: dict[int, bool] | None = None,
) -> list[Check]:
    """Fail a signature followed by a revision that is neither a valid signature nor
    validation data (a DSS, a document timestamp that verifies) at level LTA_UPDATES.

    `levels`: for each signature's revision, every later revision's own modification
    level; `stamps`: the document timestamps by revision; `dss`: whether a revision
    adds or updates the /DSS.
    """
    levels, stamps, dss = levels or {}, stamps or {}, dss or {}
    by_revision = {int(c.evidence["revision"]): c for c in checks if c.evidence}
    out: list[Check] = []
    for c in checks:
        ev = c.evidence
        if not ev:
            out.append(c)
            continue
        revision = int(ev["revision"])
        entries = _later_entries(ev, levels.get(revision, {}), by_revision, stamps, dss)
        ev = {
            **ev,
            "later_revisions": entries,
            "document_timestamps": [s.evidence for k, s in sorted(stamps.items()) if k > revision],
        }
        refused = _refused(entries, stamps)
        if c.verdict is Outcome.FAIL:
            # Already failed (altered, untrusted, refused by pyHanko): name the revisions too.
            detail = f"{c.detail} ({refused})" if refused else c.detail
            out.append(replace(c, detail=detail, evidence=ev))
            continue
        problem = None
        if refused is not None:
            problem = (
                f"{refused}: only valid signatures and validation data (a DSS, an invisible "
                "document timestamp that verifies) may follow a signature; whatever else a "
                "revision draws over the signed page (annotations, fields, overlays) is unsigned"
            )
        elif entries and ev["modification_level"] not in _ALLOWED_AFTER:
            problem = (
                f"the later revision(s) also changed the document (modification "
                f"level {ev['modification_level']})"
            )
        elif not entries and ev["coverage"] != "ENTIRE_FILE":
            problem = f"bytes after the signed revision (coverage {ev['coverage']})"
        if problem is None:
            if entries:
                ev["followed_by_signatures"] = [
                    e["field"] for e in entries if e["kind"] == "signature"
                ]
                c = replace(c, detail=f"{c.detail}; {_followed_by(entries, stamps)}", evidence=ev)
            else:
                c = replace(c, evidence=ev)
            out.append(c)
            continue
        ev["unsigned_revisions"] = [e["revision"] for e in entries if e["kind"] != "signature"]
        who = ev.get("signer") or "unknown signer"
        out.append(
            Check(
                "pdf_signature",
                Outcome.FAIL,
                f"{ev['document']}: signature of {who}: changed after signing: {problem}",
                ev,
            )
        )
    return out


def _timestamps_only(name: str, stamps: list[_Stamp]) -> Check:
    """A PDF whose only signatures are document timestamps: no signature at all, `missing`;
    a timestamp that does not verify is a broken signature object and fails, as any would."""
    broken = any(s.problem is not None for s in stamps)
    return Check(
        "pdf_signature",
        Outcome.FAIL if broken else Outcome.MISSING,
        f"{name}: no signature, only "
        + "; ".join(s.words() for s in stamps)
        + ": a timestamp proves when the file existed, not who wrote it",
        {"document": name, "document_timestamps": [s.evidence for s in stamps]},
    )


def validate_pdf(name: str, raw: bytes, roots: tuple[x509.Certificate, ...]) -> list[Check]:
    """One check per signature in the PDF; [] when it has none; a fail when it cannot be read.

    Document timestamps are no signatures: they are evidence under the signatures
    they follow, or one `missing` check when the PDF has nothing else.
    """
    if not has_pdf_signature(raw):
        return []
    try:
        reader = PdfFileReader(io.BytesIO(raw), strict=False)
        embedded = list(reader.embedded_signatures)
        total = int(reader.xrefs.total_revisions)
    except Exception as exc:  # noqa: BLE001 - any parse failure of a signed PDF is evidence
        return [Check("pdf_signature", Outcome.FAIL, f"{name}: signed PDF cannot be read: {exc}")]
    signatures = [e for e in embedded if e.sig_object_type != _DOC_TIMESTAMP]
    stamps = [_timestamp(e, roots) for e in embedded if e.sig_object_type == _DOC_TIMESTAMP]
    if not signatures:
        if stamps:
            return [_timestamps_only(name, stamps)]
        return [
            Check(
                "pdf_signature", Outcome.FAIL, f"{name}: signature markers but no signature field"
            )
        ]
    checks: list[Check] = []
    levels: dict[int, dict[int, str]] = {}
    for emb in signatures:
        policy = _RevisionLevels()
        try:
            checks.append(_status_check(name, emb, roots, total, policy))
            levels[int(emb.signed_revision)] = policy.levels
        except Exception as exc:  # noqa: BLE001 - pyHanko raises many types for broken signatures
            log.info("signature validation failed in %s: %r", name, exc)
            checks.append(
                Check(
                    "pdf_signature", Outcome.FAIL, f"{name}: signature cannot be validated: {exc}"
                )
            )
    first = min(int(e.signed_revision) for e in signatures) + 1
    dss = _revision_contents(reader, first, total) if first < total else {}
    checks = _later_revisions(checks, levels, {s.revision: s for s in stamps}, dss)
    return _as_shown(raw, checks)


def _revision_bytes(raw: bytes, byte_range: Any) -> bytes | None:
    """The bytes of the revision a signature covers (None when its /ByteRange says nothing)."""
    if not isinstance(byte_range, list) or len(byte_range) != 4:
        return None
    end = int(byte_range[2]) + int(byte_range[3])
    return raw[:end] if 0 < end <= len(raw) else None


def _as_shown(raw: bytes, checks: list[Check]) -> list[Check]:
    """Fail a passing signature whose signed revision, as PDFium draws it, is not the file as
    PDFium draws it (`shown`): whatever a later revision draws, however pyHanko classified it,
    save a later passing signature's own appearance inside its rectangle."""
    later = [
        c
        for c in checks
        if c.verdict is Outcome.PASS and c.evidence and c.evidence.get("coverage") != "ENTIRE_FILE"
    ]
    if not later:
        return checks
    try:
        whole = shown.render(raw)
    except Exception as exc:  # noqa: BLE001 - PDFium refuses the file: nothing to compare
        log.info("signed PDF cannot be rendered: %r", exc)
        whole = None
    final: dict[int, Check] = {id(c): c for c in checks}
    order = sorted(later, key=lambda c: int(c.evidence["revision"]), reverse=True)
    for c in order:
        ev = c.evidence
        revision = int(ev["revision"])
        allowed = {
            str(d.evidence.get("field"))
            for d in (final[id(x)] for x in checks)
            if d.verdict is Outcome.PASS and d.evidence and int(d.evidence["revision"]) > revision
        }
        final[id(c)] = _compared(c, raw, whole, allowed)
    return [final[id(c)] for c in checks]


def _beside(signed: bytes, raw: bytes) -> list[str]:
    """What the whole file shows beside its pages (bookmarks, page labels, title) or runs and
    opens (scripts, embedded files, actions) that its signed revision does not (`panels`)."""
    before, after = panels.read(signed), panels.read(raw)
    out = [f"{kind} added" for kind in sorted(after.kinds - before.kinds)]
    known = list(before.texts)
    for text in after.texts:
        if text in known:
            known.remove(text)
        else:
            out.append(f"{text[:80]!r} shown beside the pages (a bookmark, page label or title)")
    return out


def _compared(c: Check, raw: bytes, whole: shown.Rendering | None, allowed: set[str]) -> Check:
    ev = dict(c.evidence)
    who = ev.get("signer") or "unknown signer"
    head = f"{ev['document']}: signature of {who}"
    data = _revision_bytes(raw, ev.get("byte_range"))
    try:
        signed = shown.render(data) if data is not None and whole is not None else None
    except Exception as exc:  # noqa: BLE001 - the signed revision alone cannot be drawn
        log.info("signed revision cannot be rendered: %r", exc)
        signed = None
    if signed is None or whole is None:
        ev["as_shown"] = "not compared: PDFium cannot render the file or its signed revision"
        return Check(
            "pdf_signature",
            Outcome.UNVERIFIABLE,
            f"{head}: the file or its signed revision cannot be rendered, so what a viewer "
            "shows cannot be compared with what was signed: a person must compare them",
            ev,
        )
    drawn = shown.compare(signed, whole, allowed)
    if drawn:
        ev["as_shown"] = "differs from the signed revision"
        ev["drawn_after_signing"] = [
            {"page": d.page, "what": d.what, "region_pt": d.region_pt} for d in drawn
        ]
        return Check(
            "pdf_signature",
            Outcome.FAIL,
            f"{head}: changed after signing: "
            + "; ".join(d.words() for d in drawn[:3])
            + (" (outside any later signature's own rectangle)" if allowed else ""),
            ev,
        )
    beyond = shown.beyond_bound(signed, whole)
    if beyond:
        ev["as_shown"] = f"pages 1-{shown.MAX_PAGES} as signed; {beyond} page(s) not compared"
        return Check(
            "pdf_signature",
            Outcome.UNVERIFIABLE,
            f"{head}: the file has revisions after the signature and {beyond} page(s) past the "
            f"first {shown.MAX_PAGES} were not compared with the signed revision: a person must "
            "compare them",
            ev,
        )
    added = _beside(data, raw) if data is not None else []
    if added:
        ev["as_shown"] = "shows beside its pages what the signed revision does not"
        ev["added_after_signing"] = added
        return Check(
            "pdf_signature",
            Outcome.FAIL,
            f"{head}: changed after signing: what a viewer shows beside the pages or runs "
            f"differs from the signed revision: {'; '.join(added[:3])}",
            ev,
        )
    ev["as_shown"] = f"the file as shown is the signed revision ({whole.count} page(s) compared)"
    return replace(
        c,
        detail=f"{c.detail}; rendered, the file as shown is the signed revision"
        + (" save later signatures' own appearance" if allowed else ""),
        evidence=ev,
    )
