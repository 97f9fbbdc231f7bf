"""The signature evaluation's cases: forged, defective and valid law-enforcement requests.

Each `Case` builds one `SignatureInput` in a test world (CA, DKIM keys in a
zone file, signed PDFs, S/MIME, labelled scans) and says whether it is
valid and which verdict it must get. `bench.eval_signatures` runs them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from parsers.model import Category
from router.policy import Authority, Policy, load_policy
from router.signatures import SignatureConfig, SignatureInput
from tests.helpers import read_document
from tests.samples.signatures.scans import as_pdf, make_scan
from tests.samples.signatures.world import (
    ATTACKER_IP,
    FAXGW,
    FAXGW_IP,
    GMAIL_IP,
    IPJ_CLUJ,
    POLICE_IP,
    World,
    issue,
    letter_pdf,
    modify_after_signing,
    sign_pdf,
    tamper_bytes,
)

POLICE = "politia.cluj@cj.politiaromana.ro"
FIELDS: dict[str, Any] = {
    "authority": "Inspectoratul de Poliție Județean Cluj",
    "authority_kind": "police",
    "reference_number": "123456",
    "reference_date": "2026-11-12",
    "case_number": "4567/P/2026",
    "legal_basis": ["art. 170 CPP"],
    "requested_data": ["datele de identificare", "istoricul tranzacțiilor"],
    "subjects": [{"kind": "username", "value": "ion_vanzator88"}],
    "urgent": False,
}
# What a signed mail body says when it is the request itself (S/MIME controls).
SIGNED_BODY = (
    "In dosarul penal nr. 4567/P/2026 va rugam sa ne comunicati datele "
    "utilizatorului ion_vanzator88."
)
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "pyhanko-signed-pdfs" / "pdf"


@dataclass(frozen=True)
class Case:
    """One request: its name, whether it is genuine, the verdict we expect, and how to build it."""

    name: str
    valid: bool
    expect: str
    build: Callable[[], SignatureInput]
    config: SignatureConfig | None = None
    policy: Policy | None = None


def _mail(
    raw: bytes,
    fields: dict[str, Any] | None = None,
    envelope: dict[str, Any] | None = None,
    channel: str | None = None,
    document: dict[str, Any] | None = None,
) -> SignatureInput:
    """A mail item. Without a channel: SMTP when the envelope names the client (our door
    recorded it), else a mail file as our own MX delivered it (folder: Return-Path and
    our Received line on top, which is what `World.mail` builds)."""
    envelope = envelope or {}
    if channel is None:
        channel = "smtp" if envelope.get("client_ip") else "folder"
    return SignatureInput(
        Category.LAW_ENFORCEMENT,
        channel,
        raw,
        envelope,
        document or read_document(raw, "email"),
        dict(fields or FIELDS),
    )


def _paper(
    raw: bytes,
    channel: str = "folder",
    fields: dict[str, Any] | None = None,
    fax: str | None = None,
) -> SignatureInput:
    kind = "pdf" if raw.startswith(b"%PDF") else "image"
    env: dict[str, Any] = {"filename": f"scan.{'pdf' if kind == 'pdf' else 'png'}"}
    if fax:
        env["fax_number"] = fax
    return SignatureInput(
        Category.LAW_ENFORCEMENT,
        channel,
        raw,
        env,
        read_document(raw, kind),
        dict(fields or FIELDS),
    )


def _bare_over_smtp(raw: bytes) -> SignatureInput:
    """A bare document (not a mail) sent straight to our SMTP door by an unknown client."""
    kind = "pdf" if raw.startswith(b"%PDF") else "image"
    env = {"client_ip": ATTACKER_IP, "helo": "mx9.okazii.ro", "mail_from": POLICE}
    return SignatureInput(
        Category.LAW_ENFORCEMENT, "smtp", raw, env, read_document(raw, kind), dict(FIELDS)
    )


def _gateway_fax(raw: bytes, client_ip: str, fax: str = "+40 21 000 4322") -> SignatureInput:
    """A fax that a fax-to-e-mail gateway mailed to our SMTP door (`extra.via`)."""
    env = {
        "client_ip": client_ip,
        "helo": "gw.faxgw.example.ro",
        "mail_from": FAXGW,
        "fax_number": fax,
        "extra": {"via": "smtp", "gateway_from": FAXGW},
    }
    return SignatureInput(
        Category.LAW_ENFORCEMENT, "fax", raw, env, read_document(raw, "email"), dict(FIELDS)
    )


def _without(key: str) -> dict[str, Any]:
    return {k: v for k, v in FIELDS.items() if k != key}


_OUR_LINE = (
    "Received: from {helo} ({rdns} [{ip}])\r\n"
    "\tby mx1.okazii.ro (Postfix) with ESMTP id 7Q; Thu, 12 Nov 2026 14:32:11 +0200\r\n"
)


def _helo_trick(mail: bytes) -> bytes:
    """Attacker says EHLO mx9.okazii.ro and adds a Received line "by mx9.okazii.ro" from the police."""
    ours = _OUR_LINE.format(helo="mx9.okazii.ro", rdns="unknown", ip=ATTACKER_IP)
    forged = (
        f"Received: from mta.politiaromana.ro (mta.politiaromana.ro [{POLICE_IP}])\r\n"
        "\tby mx9.okazii.ro (Postfix) with ESMTPS id 4X; Thu, 12 Nov 2026 14:32:10 +0200\r\n"
    )
    return f"Return-Path: <{POLICE}>\r\n{ours}{forged}".encode() + mail


def _helo_literal(mail: bytes) -> bytes:
    """Attacker says EHLO [127.0.0.1] (an address literal) to look like an internal hop."""
    ours = _OUR_LINE.format(helo="[127.0.0.1]", rdns="unknown", ip=ATTACKER_IP)
    forged = (
        f"Received: from mta.politiaromana.ro (mta.politiaromana.ro [{POLICE_IP}])\r\n"
        "\tby mx1.okazii.ro (Postfix) with ESMTPS id 4X; Thu, 12 Nov 2026 14:32:10 +0200\r\n"
    )
    return f"Return-Path: <{POLICE}>\r\n{ours}{forged}".encode() + mail


MINISTRY = "secretariat@mai.gov.ro"


def load_policy_text(w: World, text: str) -> Policy:
    """A policy overlay written into the world's folder and loaded over the defaults."""
    path = w.folder / f"policy-{hashlib.sha256(text.encode()).hexdigest()[:12]}.toml"
    path.write_text(text, "utf-8")
    return load_policy(path)


def cases(w: World, *, scans: bool = True) -> list[Case]:
    """The matrix: valid requests, then forged or defective ones."""
    pdf = sign_pdf(letter_pdf(), w.signer)
    other_ca = issue("Other CA", ca=True, days=(-10, 3650))
    untrusted = sign_pdf(letter_pdf(), issue("Ion Fals", other_ca))
    self_signed = sign_pdf(letter_pdf(), issue("Ion Autosemnat"))
    expired = sign_pdf(letter_pdf(), issue("Ion Expirat", w.ca, days=(-400, -5)))
    modified = modify_after_signing(pdf)
    tampered = tamper_bytes(pdf)
    att = (("adresa.pdf", pdf),)
    # The faxed letter states the request itself: the gateway's mail around it is nobody's.
    gateway_scan = make_scan(
        "full", 6, fax=True, case="4567", user="ion_vanzator88", number="123.456", day="12"
    )[0]
    # The letter the request's fields describe: its case, user, number and date.
    own_scan = make_scan("full", 7, case="4567", user="ion_vanzator88", number="123.456", day="12")[
        0
    ]
    old_scan = make_scan("full", 8, case="1234", user="alt_user77")[0]
    victim = {**FIELDS, "subjects": [{"kind": "username", "value": "victima_noua"}]}
    victim_body = "Va rugam sa ne comunicati datele utilizatorului victima_noua."
    dk = "cj.politiaromana.ro"
    mpublic = "procuror@pcabuc.mpublic.ro"
    envelope = {"client_ip": POLICE_IP, "helo": "mta.politiaromana.ro", "mail_from": POLICE}
    attacker_envelope = {
        "client_ip": ATTACKER_IP,
        "helo": "mx.attacker.example",
        "mail_from": POLICE,
    }
    trusted_ar = SignatureConfig(w.roots, w.zone, ("okazii.ro",), ("mx.google.example",))
    # The county police's registry fax line, and a prosecutor's office with its own line.
    fax_policy = replace(
        w.policy(),
        authorities=(
            *(
                replace(a, fax_numbers=("0264 111 222",)) if a.name == IPJ_CLUJ else a
                for a in w.policy().authorities
            ),
            Authority(
                "Parchetul Sector 1",
                "prosecutor",
                fax_numbers=("021 000 4322",),
                phone_numbers=("021 000 4321",),
                confirmed=True,
            ),
        ),
    )
    ar_header = (
        b"Authentication-Results: mx.google.example; dkim=pass header.d=cj.politiaromana.ro; "
        b"spf=pass smtp.mailfrom=politia.cluj@cj.politiaromana.ro; dmarc=pass header.from=cj.politiaromana.ro\r\n"
    )
    forged_ar = ar_header.replace(b"mx.google.example", b"mx.evil.example")
    out = [
        # ---------------------------------------------------------------- valid
        Case(
            "dkim+spf, signed PDF",
            True,
            "verified",
            lambda: _mail(w.mail(POLICE, dkim_domain=dk, attachments=att)),
        ),
        Case(
            "dkim by parent domain (relaxed)",
            True,
            "verified",
            lambda: _mail(w.mail(POLICE, dkim_domain="politiaromana.ro", attachments=att)),
        ),
        Case(
            "envelope facts and DKIM, signed PDF",
            True,
            "verified",
            lambda: _mail(
                w.mail(POLICE, dkim_domain=dk, attachments=att, received=False), envelope=envelope
            ),
        ),
        Case(
            "trusted Authentication-Results (IMAP)",
            True,
            "verified",
            lambda: _mail(
                ar_header + w.mail(POLICE, attachments=att, received=False), channel="imap"
            ),
            config=trusted_ar,
        ),
        Case(
            # Issue 11: SPF is recorded, never sufficient; the S/MIME signature is judged
            # under `signature`, the channel still needs the police's DKIM.
            "S/MIME signed, SPF only (no DKIM)",
            False,
            "incomplete",
            lambda: _mail(w.smime_mail(w.signer, POLICE, SIGNED_BODY), envelope=envelope),
        ),
        Case(
            "urgent, authenticated and signed",
            True,
            "verified",
            lambda: _mail(
                w.mail(POLICE, dkim_domain=dk, attachments=att, subject="URGENT: adresă oficială")
            ),
        ),
        Case("born-digital signed PDF by post folder", True, "verified", lambda: _paper(pdf)),
        Case(
            "relayed by our own MTA (127.0.0.1), origin from its Received line, DKIM",
            True,
            "verified",
            lambda: _mail(
                w.mail(POLICE, dkim_domain=dk, attachments=att),
                envelope={"client_ip": "127.0.0.1", "helo": "localhost", "mail_from": ""},
            ),
        ),
    ]
    if scans:
        out += [
            Case(
                "scan: signature + stamp", True, "verified", lambda: _paper(make_scan("full", 1)[0])
            ),
            Case(
                "colour scan: signature + stamp",
                True,
                "verified",
                lambda: _paper(make_scan("full", 2, colour=True)[0]),
            ),
            Case(
                "fax: signature + stamp",
                True,
                "verified",
                lambda: _paper(make_scan("full", 3, fax=True)[0], channel="fax"),
            ),
            Case(
                "scan: signature + rectangular stamp",
                True,
                "verified",
                lambda: _paper(make_scan("rect_stamp", 4)[0]),
            ),
            Case(
                "dkim mail with its own signed+stamped scan (states case and user)",
                True,
                "verified",
                lambda: _mail(
                    w.mail(
                        POLICE,
                        dkim_domain=dk,
                        attachments=(("adresa.png", own_scan),),
                    )
                ),
            ),
            Case(
                "fax from a registry number",
                True,
                "verified",
                lambda: _paper(
                    make_scan("full", 5, fax=True)[0], channel="fax", fax="+40 264 111 222"
                ),
                policy=fax_policy,
            ),
            Case(
                "police letter faxed from a prosecutor's registry line",
                False,
                "suspicious",
                lambda: _paper(
                    make_scan("full", 5, fax=True)[0], channel="fax", fax="+40 21 000 4322"
                ),
                policy=fax_policy,
            ),
            Case(
                "fax mailed by an authenticated fax gateway",
                True,
                "verified",
                lambda: _gateway_fax(
                    w.mail(
                        FAXGW,
                        display="Fax",
                        # What a fax-to-e-mail gateway writes, not a request of its own.
                        subject="Fax de la +40210004322",
                        body="Ati primit un fax de la +40 21 000 4322 (1 pagina), atasat.",
                        received=False,
                        attachments=(("fax.png", gateway_scan),),
                    ),
                    FAXGW_IP,
                ),
            ),
        ]
    out += [
        # ---------------------------------------------------- forged / defective
        # Spoofing caught at our SMTP door (SPF fails for the attacker's IP, DMARC p=reject).
        Case(
            "spoofed From, attacker IP, signed PDF",
            False,
            "suspicious",
            lambda: _mail(
                w.mail(POLICE, received=False, attachments=att), envelope=attacker_envelope
            ),
        ),
        Case(
            "spoofed From, attacker IP, no PDF",
            False,
            "suspicious",
            lambda: _mail(w.mail(POLICE, received=False), envelope=attacker_envelope),
        ),
        Case(
            "spoofed From, attacker envelope domain",
            False,
            "suspicious",
            lambda: _mail(
                w.mail(POLICE, received=False, attachments=att),
                envelope={**attacker_envelope, "mail_from": "x@attacker.example"},
            ),
        ),
        # Issue 11: a file's Received lines are its author's claims; SPF alone never suffices.
        Case(
            "file whose Received line names the attacker: claims, unauthenticated",
            False,
            "incomplete",
            lambda: _mail(w.mail(POLICE, client_ip=ATTACKER_IP, attachments=att)),
        ),
        Case(
            "file whose forged Received line names the police IP (no DKIM)",
            False,
            "incomplete",
            lambda: _mail(w.mail(POLICE, attachments=att)),
        ),
        Case(
            "SPF only over SMTP (shared provider), signed PDF",
            False,
            "incomplete",
            lambda: _mail(w.mail(POLICE, attachments=att, received=False), envelope=envelope),
        ),
        Case(
            "SPF only from an unlisted subdomain, no DMARC record",
            False,
            "suspicious",
            lambda: _mail(
                w.mail(mpublic, display="Parchetul", mail_from="bounce@mpublic.ro", attachments=att)
            ),
        ),
        Case(
            "DKIM of a look-alike on an authority From",
            False,
            "suspicious",
            lambda: _mail(
                w.mail(
                    POLICE,
                    dkim_domain="politia-romana.ro",
                    client_ip=ATTACKER_IP,
                    mail_from="x@politia-romana.ro",
                    attachments=att,
                )
            ),
        ),
        Case(
            "DKIM broken by tampering, attacker IP",
            False,
            "suspicious",
            lambda: _mail(
                w.mail(
                    POLICE,
                    dkim_domain=dk,
                    client_ip=ATTACKER_IP,
                    tamper_after_dkim=True,
                    attachments=att,
                )
            ),
        ),
        Case(
            "look-alike politia-romana.ro (aligned)",
            False,
            "suspicious",
            lambda: _mail(
                w.mail(
                    "politia@politia-romana.ro",
                    dkim_domain="politia-romana.ro",
                    client_ip=ATTACKER_IP,
                    attachments=att,
                )
            ),
        ),
        Case(
            "extra labels politiaromana.ro.example.net",
            False,
            "suspicious",
            lambda: _mail(
                w.mail(
                    "ipj@politiaromana.ro.example.net",
                    dkim_domain="politiaromana.ro.example.net",
                    client_ip=ATTACKER_IP,
                    attachments=att,
                )
            ),
        ),
        Case(
            "other TLD politiaromana.com",
            False,
            "suspicious",
            lambda: _mail(w.mail("ipj@politiaromana.com", client_ip=ATTACKER_IP, attachments=att)),
        ),
        Case(
            "digit swap pol1tiaromana.ro",
            False,
            "suspicious",
            lambda: _mail(w.mail("ipj@pol1tiaromana.ro", client_ip=ATTACKER_IP, attachments=att)),
        ),
        Case(
            "IDN homoglyph (Cyrillic a)",
            False,
            "suspicious",
            lambda: _mail(
                w.mail(
                    "ipj@" + "politiarom\u0430na.ro".encode("idna").decode(),
                    client_ip=ATTACKER_IP,
                    attachments=att,
                )
            ),
        ),
        Case(
            "embedded name cj-politiaromana.ro",
            False,
            "suspicious",
            lambda: _mail(
                w.mail("ipj@cj-politiaromana.ro", client_ip=ATTACKER_IP, attachments=att)
            ),
        ),
        Case(
            "display-name spoof over gmail",
            False,
            "suspicious",
            lambda: _mail(
                w.mail(
                    "politia.romana.cluj@gmail.com",
                    display="Politia Romana",
                    dkim_domain="gmail.com",
                    client_ip=GMAIL_IP,
                    attachments=att,
                )
            ),
        ),
        Case(
            "free-mail sender",
            False,
            "suspicious",
            lambda: _mail(
                w.mail(
                    "ion.popescu.1980@gmail.com",
                    display="Ion Popescu",
                    dkim_domain="gmail.com",
                    client_ip=GMAIL_IP,
                    attachments=att,
                )
            ),
        ),
        Case(
            "unknown domain with DKIM",
            False,
            "suspicious",
            lambda: _mail(
                w.mail(
                    "office@example.net", display="Office", client_ip=ATTACKER_IP, attachments=att
                )
            ),
        ),
        Case(
            "Reply-To diverted to gmail",
            False,
            "suspicious",
            lambda: _mail(
                w.mail(POLICE, dkim_domain=dk, reply_to="politia.cluj@gmail.com", attachments=att)
            ),
        ),
        Case(
            "two From addresses",
            False,
            "suspicious",
            lambda: _mail(
                w.mail(f"{POLICE}, x@attacker.example", display="", dkim_domain=dk, attachments=att)
            ),
        ),
        Case(
            "valid DKIM, unsigned PDF",
            False,
            "incomplete",
            lambda: _mail(
                w.mail(POLICE, dkim_domain=dk, attachments=(("adresa.pdf", letter_pdf()),))
            ),
        ),
        Case(
            "valid DKIM, no document",
            False,
            "incomplete",
            lambda: _mail(w.mail(POLICE, dkim_domain=dk)),
        ),
        Case(
            "PDF signed under an untrusted CA",
            False,
            "suspicious",
            lambda: _mail(w.mail(POLICE, dkim_domain=dk, attachments=(("a.pdf", untrusted),))),
        ),
        Case(
            "PDF self-signed certificate",
            False,
            "suspicious",
            lambda: _mail(w.mail(POLICE, dkim_domain=dk, attachments=(("a.pdf", self_signed),))),
        ),
        Case(
            "PDF expired certificate",
            False,
            "suspicious",
            lambda: _mail(w.mail(POLICE, dkim_domain=dk, attachments=(("a.pdf", expired),))),
        ),
        Case(
            "PDF modified after signing",
            False,
            "suspicious",
            lambda: _mail(w.mail(POLICE, dkim_domain=dk, attachments=(("a.pdf", modified),))),
        ),
        Case(
            "PDF signed bytes altered",
            False,
            "suspicious",
            lambda: _mail(w.mail(POLICE, dkim_domain=dk, attachments=(("a.pdf", tampered),))),
        ),
        Case(
            "missing case number",
            False,
            "incomplete",
            lambda: _mail(
                w.mail(POLICE, dkim_domain=dk, attachments=att), fields=_without("case_number")
            ),
        ),
        Case(
            "missing legal basis",
            False,
            "incomplete",
            lambda: _mail(
                w.mail(POLICE, dkim_domain=dk, attachments=att), fields=_without("legal_basis")
            ),
        ),
        Case(
            "missing users concerned",
            False,
            "incomplete",
            lambda: _mail(
                w.mail(POLICE, dkim_domain=dk, attachments=att), fields=_without("subjects")
            ),
        ),
        Case(
            "missing data requested",
            False,
            "incomplete",
            lambda: _mail(
                w.mail(POLICE, dkim_domain=dk, attachments=att), fields=_without("requested_data")
            ),
        ),
        Case(
            "missing reference number",
            False,
            "incomplete",
            lambda: _mail(
                w.mail(POLICE, dkim_domain=dk, attachments=att), fields=_without("reference_number")
            ),
        ),
        Case(
            "urgent from gmail",
            False,
            "suspicious",
            lambda: _mail(
                w.mail(
                    "politia.urgent@gmail.com",
                    display="Politia",
                    dkim_domain="gmail.com",
                    client_ip=GMAIL_IP,
                    subject="URGENT - viata unei persoane in pericol",
                    attachments=att,
                )
            ),
        ),
        Case(
            "urgent from authority domain, unauthenticated",
            False,
            "suspicious",
            lambda: _mail(
                w.mail(POLICE, received=False, subject="Urgent: date utilizator", attachments=att),
                channel="cli",
            ),
        ),
        Case(
            "authority domain, unauthenticated file",
            False,
            "incomplete",
            lambda: _mail(w.mail(POLICE, received=False, attachments=att), channel="cli"),
        ),
        Case(
            "forged Received from a foreign host",
            False,
            "incomplete",
            lambda: _mail(
                b"Received: from x by mx.attacker.example; Thu, 12 Nov 2026\r\n"
                + w.mail(POLICE, received=False, attachments=att),
                channel="cli",
            ),
        ),
        Case(
            "Authentication-Results of an untrusted authserv-id",
            False,
            "incomplete",
            lambda: _mail(
                forged_ar + w.mail(POLICE, received=False, attachments=att), channel="imap"
            ),
            config=trusted_ar,
        ),
        Case(
            "S/MIME self-signed certificate",
            False,
            "suspicious",
            lambda: _mail(
                w.smime_mail(issue("Fals", email=POLICE), POLICE, "Va rugam datele."),
                envelope=envelope,
            ),
        ),
        Case(
            "S/MIME content altered",
            False,
            "suspicious",
            lambda: _mail(
                w.smime_mail(w.signer, POLICE, "Va rugam datele utilizatorului x.", tamper=True),
                envelope=envelope,
            ),
        ),
        Case(
            "S/MIME certificate of another person",
            False,
            "suspicious",
            lambda: _mail(
                w.smime_mail(w.signer, "sef@cj.politiaromana.ro", "Va rugam datele."),
                envelope={**envelope, "mail_from": "sef@cj.politiaromana.ro"},
            ),
        ),
        Case("paper: unsigned born-digital PDF", False, "incomplete", lambda: _paper(letter_pdf())),
        Case(
            "paper: signed PDF modified after signing",
            False,
            "suspicious",
            lambda: _paper(modified),
        ),
        Case("paper: PDF under an untrusted CA", False, "suspicious", lambda: _paper(untrusted)),
        # ------------------------------------------ review findings F1-F3, F9, F10
        Case(
            "F1 bare signed PDF over SMTP (not a mail)",
            False,
            "suspicious",
            lambda: _bare_over_smtp(pdf),
        ),
        Case(
            "F1 '%PDF-' in the Subject over SMTP, parsed as a PDF",
            False,
            "suspicious",
            lambda: (
                lambda raw: _mail(
                    raw,
                    envelope={"client_ip": ATTACKER_IP, "helo": "x", "mail_from": POLICE},
                    document=read_document(raw, "pdf"),
                )
            )(w.mail(POLICE, received=False, subject="%PDF-1.4 adresa", attachments=att)),
        ),
        Case(
            "F1 bare signed PDF over IMAP",
            False,
            "suspicious",
            lambda: _mail(pdf, channel="imap", document=read_document(pdf, "pdf")),
        ),
        Case(
            "F2 HELO claims our host, forged Received below (a file: claims only)",
            False,
            "incomplete",
            lambda: _mail(_helo_trick(w.mail(POLICE, received=False, attachments=att))),
        ),
        Case(
            "F2 HELO address literal of loopback (a file: claims only)",
            False,
            "incomplete",
            lambda: _mail(_helo_literal(w.mail(POLICE, received=False, attachments=att))),
        ),
        Case(
            "F9 trusted Authentication-Results on a CLI .eml",
            False,
            "incomplete",
            lambda: _mail(
                ar_header + w.mail(POLICE, received=False, attachments=att), channel="cli"
            ),
            config=trusted_ar,
        ),
        Case(
            "F9 trusted Authentication-Results below the topmost (IMAP)",
            False,
            "incomplete",
            lambda: _mail(
                forged_ar + ar_header + w.mail(POLICE, received=False, attachments=att),
                channel="imap",
            ),
            config=trusted_ar,
        ),
        Case(
            "F10 relayed by our MTA, attacker behind it",
            False,
            "suspicious",
            lambda: _mail(
                w.mail(POLICE, client_ip=ATTACKER_IP, attachments=att),
                envelope={"client_ip": "127.0.0.1", "helo": "localhost", "mail_from": POLICE},
            ),
        ),
        Case(
            "F10 relayed by our MTA, no Received line of ours",
            False,
            "incomplete",
            lambda: _mail(
                w.mail(POLICE, received=False, attachments=att),
                envelope={"client_ip": "127.0.0.1", "helo": "localhost", "mail_from": POLICE},
            ),
        ),
        Case(
            "F3 DKIM-valid body asks for another user, old signed PDF attached",
            False,
            "incomplete",
            lambda: _mail(
                w.mail(
                    POLICE,
                    dkim_domain=dk,
                    body="Va rugam sa ne comunicati datele utilizatorului victima_noua.",
                    attachments=att,
                ),
                fields={**FIELDS, "subjects": [{"kind": "username", "value": "victima_noua"}]},
            ),
        ),
        Case(
            "F3 DKIM-valid body names another case, old signed PDF attached",
            False,
            "incomplete",
            lambda: _mail(
                w.mail(POLICE, dkim_domain=dk, attachments=att),
                fields={**FIELDS, "case_number": "9999/P/2026"},
            ),
        ),
        Case(
            "S2 S/MIME-signed old sub-part nested beside an unsigned body asking for another user",
            False,
            "incomplete",
            lambda: _mail(
                w.smime_mail(w.signer, POLICE, "Va rugam datele.", outer_body=victim_body),
                envelope=envelope,
                fields=victim,
            ),
        ),
        Case(
            "S2 S/MIME-signed body names another user than the request",
            False,
            "incomplete",
            lambda: _mail(
                w.smime_mail(w.signer, POLICE, SIGNED_BODY), envelope=envelope, fields=victim
            ),
        ),
        Case(
            "F3 S/MIME certificate without an e-mail address",
            False,
            "suspicious",
            lambda: _mail(
                w.smime_mail(issue("Fara Email", w.ca), POLICE, "Va rugam datele."),
                envelope=envelope,
            ),
        ),
    ]
    if scans:
        out += [
            Case(
                "scan: neither signature nor stamp",
                False,
                "incomplete",
                lambda: _paper(make_scan("none", 11)[0]),
            ),
            Case(
                "scan: signature without stamp",
                False,
                "incomplete",
                lambda: _paper(make_scan("signature_only", 12)[0]),
            ),
            Case(
                "scan: stamp without signature",
                False,
                "incomplete",
                lambda: _paper(make_scan("stamp_only", 13, colour=True)[0]),
            ),
            Case(
                "scan: signature cut off (partial)",
                False,
                "incomplete",
                lambda: _paper(make_scan("partial", 14)[0]),
            ),
            Case(
                "fax: signature without stamp",
                False,
                "incomplete",
                lambda: _paper(make_scan("signature_only", 15, fax=True)[0], channel="fax"),
            ),
            Case(
                "F1 signed+stamped scan as bare PNG over SMTP",
                False,
                "suspicious",
                lambda: _bare_over_smtp(make_scan("full", 17)[0]),
            ),
            Case(
                "F1/F8 fax gateway mail spoofed from an unknown client",
                False,
                "suspicious",
                lambda: _gateway_fax(
                    w.mail(
                        FAXGW,
                        display="Fax",
                        received=False,
                        attachments=(("fax.png", make_scan("full", 18, fax=True)[0]),),
                    ),
                    ATTACKER_IP,
                ),
            ),
            Case(
                "S1 DKIM-valid body asks for another user, old signed+stamped scan attached",
                False,
                "incomplete",
                lambda: _mail(
                    w.mail(
                        POLICE, dkim_domain=dk, body=victim_body, attachments=(("a.png", old_scan),)
                    ),
                    fields={**victim, "case_number": "1234/P/2026"},
                ),
            ),
            Case(
                "S1 DKIM-valid body asks for another user, old scan as image-only PDF",
                False,
                "incomplete",
                lambda: _mail(
                    w.mail(
                        POLICE,
                        dkim_domain=dk,
                        body=victim_body,
                        attachments=(("a.pdf", as_pdf(own_scan)),),
                    ),
                    fields=victim,
                ),
            ),
            Case(
                "scan: signed and stamped, missing case number",
                False,
                "incomplete",
                lambda: _paper(make_scan("full", 16)[0], fields=_without("case_number")),
            ),
        ]
    corpus = CORPUS / "minimal-signed-twice-both-created.pdf"
    if corpus.exists():
        out.append(
            Case(
                "pyHanko corpus PDF, signer not pinned",
                False,
                "suspicious",
                lambda: _paper(corpus.read_bytes()),
            )
        )
    # Review (fax): an encoded word in From that decodes to the gateway's address, over
    # the attacker's own authenticated address, recorded as the gateway's fax (P2); a
    # fax whose TSI names a registry number, which the sender chooses (P7).
    attacker_gw = w.mail("x@attacker.example", display="", received=False, attachments=att).replace(
        b"From: x@attacker.example",
        b"From: =?us-ascii?q?fax=40faxgw.example.ro?= <x@attacker.example>",
        1,
    )
    out += [
        Case(
            "P2 fax gateway From confusion: encoded word over the attacker's own address",
            False,
            "suspicious",
            lambda: replace(
                _gateway_fax(attacker_gw, ATTACKER_IP),
                envelope={
                    "client_ip": ATTACKER_IP,
                    "helo": "mail.attacker.example",
                    "mail_from": "x@attacker.example",
                    "fax_number": "+40 21 000 4322",
                    "extra": {"via": "smtp", "gateway_from": FAXGW},
                },
            ),
            policy=fax_policy,
        ),
        Case(
            "P7 fax whose TSI claims a registry number, urgent, unsigned letter",
            False,
            "incomplete",
            lambda: _paper(
                letter_pdf(),
                channel="fax",
                fields={**FIELDS, "urgent": True},
                fax="+40 21 000 4322",
            ),
            policy=fax_policy,
        ),
        Case(
            "R4 DKIM by another *.gov.ro institution for the ministry (relaxed via gov.ro)",
            False,
            "incomplete",
            lambda: _mail(
                w.mail(MINISTRY, dkim_domain="primaria-oarecare.gov.ro", attachments=att)
            ),
        ),
    ]
    # The ministry's own letter, signed by an officer the registry binds to the ministry
    # (a police letter mailed from the ministry's domain is another authority's: suspicious).
    mai_signer = issue("Ionescu Maria", w.ca, org="Ministerul Afacerilor Interne")
    mai_pdf = sign_pdf(letter_pdf(), mai_signer)
    mai_fields = {**FIELDS, "authority": "Ministerul Afacerilor Interne"}
    mai_policy = load_policy_text(
        w,
        w.policy_toml(
            bind={
                IPJ_CLUJ: [{"certificate_sha256": w.fingerprint(w.signer)}],
                "Ministerul Afacerilor Interne": [
                    {"certificate_sha256": w.fingerprint(mai_signer)}
                ],
            }
        ),
    )
    out.insert(
        2,
        Case(
            "dkim by the ministry itself (mai.gov.ro), the ministry's signed PDF",
            True,
            "verified",
            lambda: _mail(
                w.mail(
                    MINISTRY,
                    display="Ministerul Afacerilor Interne",
                    dkim_domain="mai.gov.ro",
                    attachments=(("adresa.pdf", mai_pdf),),
                ),
                fields=mai_fields,
            ),
            policy=mai_policy,
        ),
    )
    return out
