"""Forgeries through the real path: ingest.accept → router.steps.parse → router.steps.route.

bench/eval_signatures.py builds `SignatureInput` by hand; these cases go
through sniffing, extraction and field extraction too (where F1 and F3 of
the review lived) and assert the stored verdict. Each pipeline has its own
SQLite database; DNS answers and trust roots come from the test world.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import dkim
import pytest

from ingest import Channel, Envelope, accept
from router import steps
from router.signatures.config import SignatureConfig
from router.steps import Pipeline
from storage import Database, Item
from tests.samples.signatures.scans import as_pdf, make_scan
from tests.samples.signatures.world import (
    ATTACKER_IP,
    FAXGW,
    POLICE_IP,
    World,
    letter_pdf,
    sign_pdf,
)

POLICE = "politia.cluj@cj.politiaromana.ro"
DK = "cj.politiaromana.ro"
TRUSTED_AR = "mx.trusted.example"
BODY = (
    "Buna ziua,\nIn dosarul penal nr. 4567/P/2026, in baza art. 170 CPP, va rugam sa ne "
    "comunicati datele de identificare si istoricul tranzactiilor utilizatorului {user}.\n"
    "Adresa nr. 123456 din 12.11.2026.\nInspectoratul de Politie Judetean Cluj\n"
)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World.create(tmp_path_factory.mktemp("e2e"))


@pytest.fixture(scope="module")
def signed(world: World) -> bytes:
    return sign_pdf(letter_pdf(), world.signer)


@pytest.fixture
def pipeline(tmp_path: Path, world: World, monkeypatch: pytest.MonkeyPatch) -> Iterator[Pipeline]:
    monkeypatch.setenv("REGISTRATURA_TRUST_ROOTS", str(world.roots))
    monkeypatch.setenv("REGISTRATURA_DNS_ZONE_FILE", str(world.zone))
    monkeypatch.setenv("REGISTRATURA_TRUSTED_AUTHSERV_IDS", TRUSTED_AR)
    for name in ("REGISTRATURA_OWN_MTA_DOMAINS", "REGISTRATURA_OWN_MTA_NETWORKS"):
        monkeypatch.delenv(name, raising=False)
    db = Database(f"sqlite:///{tmp_path / 'r.db'}")
    db.migrate()
    yield Pipeline(db=db, policy=world.policy(), trust=SignatureConfig.from_env())
    db.dispose()


ARRIVED = dt.datetime(2026, 12, 5, 12, 0, tzinfo=dt.UTC)


def _route(p: Pipeline, raw: bytes, envelope: Envelope) -> dict[str, Any]:
    """The stored signatures object after the real accept → parse → route steps.

    Received on a fixed day near the test letters' own dates (November 2026): a
    letter's age is judged against its arrival, and the suite must not age."""
    envelope = replace(envelope, received_at=ARRIVED)
    acc = accept(p.db, raw, envelope, None)
    assert steps.parse(p, acc.item_id)
    assert steps.route(p, acc.item_id) is not None
    with p.db.reader() as s:
        item = s.get(Item, acc.item_id)
        assert item is not None
        assert item.category == "law_enforcement", item.parsed
        sig = (item.decision or {}).get("signatures")
    assert isinstance(sig, dict)
    return sig


def _smtp(client_ip: str, helo: str = "mx9.okazii.ro") -> Envelope:
    return Envelope(
        channel=Channel.SMTP,
        client_ip=client_ip,
        helo=helo,
        mail_from=POLICE,
        rcpt_to=("legal@okazii.ro",),
    )


def _kinds(sig: dict[str, Any]) -> dict[str, str]:
    return {c["kind"]: c["verdict"] for c in sig["checks"]}


# ------------------------------------------------------------ controls: the path can verify


def test_control_authenticated_mail_with_its_signed_letter_is_verified(
    pipeline: Pipeline, world: World, signed: bytes
) -> None:
    """Control: a DKIM-signed police mail carrying its own signed letter verifies end to end."""
    raw = world.mail(
        POLICE,
        dkim_domain=DK,
        body=BODY.format(user="ion_vanzator88"),
        attachments=(("adresa.pdf", signed),),
    )
    sig = _route(pipeline, raw, _smtp(POLICE_IP, helo="mta.politiaromana.ro"))
    assert sig["verdict"] == "verified", sig["reasons"]


def test_control_signed_letter_from_the_post_folder_is_verified(
    pipeline: Pipeline, world: World
) -> None:
    """Control: a complete signed letter put in the post folder (paper) verifies end to end."""
    letter = sign_pdf(letter_pdf(BODY.format(user="ion_vanzator88")), world.signer)
    sig = _route(pipeline, letter, Envelope(channel=Channel.POST, filename="adresa.pdf"))
    assert sig["verdict"] == "verified", sig["reasons"]


# ------------------------------------------------------------ F1: the channel decides


def test_raw_signed_pdf_over_smtp_is_not_verified(pipeline: Pipeline, signed: bytes) -> None:
    """F1: an unauthenticated SMTP client sending a bare signed PDF gets no paper pass."""
    sig = _route(pipeline, signed, _smtp(ATTACKER_IP))
    assert sig["verdict"] == "suspicious" and "paper_channel" not in _kinds(sig)


@pytest.mark.slow
def test_png_scan_over_smtp_is_not_verified(pipeline: Pipeline) -> None:
    """F1: a signed and stamped scan sent as bare PNG bytes over SMTP is not paper."""
    png, _ = make_scan("full", 21)
    sig = _route(pipeline, png, _smtp(ATTACKER_IP))
    assert sig["verdict"] == "suspicious" and "paper_channel" not in _kinds(sig)


def test_pdf_marker_in_subject_over_smtp_is_not_verified(
    pipeline: Pipeline, world: World, signed: bytes
) -> None:
    """F1: a spoofed mail whose Subject holds "%PDF-1.4" is judged as mail, never as a PDF."""
    raw = world.mail(
        POLICE,
        received=False,
        subject="%PDF-1.4 Adresa oficiala nr. 123456",
        body=BODY.format(user="ion_vanzator88"),
        attachments=(("adresa.pdf", signed),),
    )
    sig = _route(pipeline, raw, _smtp(ATTACKER_IP))
    assert sig["verdict"] != "verified" and "paper_channel" not in _kinds(sig)


def test_spoofed_fax_gateway_mail_is_not_verified(
    pipeline: Pipeline, world: World, signed: bytes
) -> None:
    """F1/F8: a "fax" mailed from an unauthenticated gateway client never counts as paper."""
    raw = world.mail(
        FAXGW,
        display="Fax",
        received=False,
        subject="Fax de la +40210004322",
        body=BODY.format(user="ion_vanzator88"),
        attachments=(("fax.pdf", signed),),
    )
    env = Envelope(
        channel=Channel.FAX,
        client_ip=ATTACKER_IP,
        helo="gw",
        mail_from=FAXGW,
        fax_number="+40210004322",
        extra={"via": "smtp", "gateway_from": FAXGW},
    )
    sig = _route(pipeline, raw, env)
    assert sig["verdict"] != "verified"
    assert _kinds(sig)["paper_channel"] == "unverifiable"


# ------------------------------------------------------------ F2, F9: who the client was


def test_helo_trick_on_folder_mail_is_not_verified(
    pipeline: Pipeline, world: World, signed: bytes
) -> None:
    """F2: EHLO mx9.okazii.ro plus a forged police Received line in a file: claims, never evidence.

    (Before issue 11 the file's own Received lines were read and named the
    attacker's IP; now a file's Received lines prove nothing either way.)
    """
    ours = (
        f"Return-Path: <{POLICE}>\r\n"
        f"Received: from mx9.okazii.ro (unknown [{ATTACKER_IP}])\r\n"
        "\tby mx1.okazii.ro (Postfix) with ESMTP id 7Q; Thu, 12 Nov 2026 14:32:11 +0200\r\n"
        f"Received: from mta.politiaromana.ro (mta.politiaromana.ro [{POLICE_IP}])\r\n"
        "\tby mx9.okazii.ro (Postfix) with ESMTPS id 4X; Thu, 12 Nov 2026 14:32:10 +0200\r\n"
    ).encode()
    raw = ours + world.mail(
        POLICE,
        received=False,
        body=BODY.format(user="ion_vanzator88"),
        attachments=(("adresa.pdf", signed),),
    )
    sig = _route(pipeline, raw, Envelope(channel=Channel.FOLDER, filename="m.eml"))
    assert sig["verdict"] == "incomplete", sig["reasons"]
    assert any("file's own claims" in r for r in sig["reasons"]), sig["reasons"]


def test_authentication_results_in_a_cli_eml_is_not_verified(
    pipeline: Pipeline, world: World, signed: bytes
) -> None:
    """F9: a trusted-looking Authentication-Results header in a CLI .eml is the sender's text."""
    ar = (
        f"Authentication-Results: {TRUSTED_AR}; dkim=pass header.d={DK}; "
        f"spf=pass smtp.mailfrom={POLICE}; dmarc=pass header.from={DK}\r\n"
    ).encode()
    raw = ar + world.mail(
        POLICE,
        received=False,
        body=BODY.format(user="ion_vanzator88"),
        attachments=(("adresa.pdf", signed),),
    )
    sig = _route(pipeline, raw, Envelope(channel=Channel.CLI, filename="m.eml"))
    assert sig["verdict"] != "verified" and _kinds(sig)["dmarc"] != "pass"


# ------------------------------------------------------------ F3: what the signature covers


def test_unsigned_body_beside_an_old_signed_pdf_is_not_verified(
    pipeline: Pipeline, world: World, signed: bytes
) -> None:
    """F3: a DKIM-valid mail asking in its body for another user, with an old signed PDF attached."""
    raw = world.mail(
        POLICE,
        dkim_domain=DK,
        body=BODY.format(user="victima_noua"),
        attachments=(("adresa_veche.pdf", signed),),
    )
    sig = _route(pipeline, raw, _smtp(POLICE_IP, helo="mta.politiaromana.ro"))
    assert sig["verdict"] == "incomplete", sig["reasons"]
    assert sig["requirements"]["signature"] == "missing"
    assert any("victima_noua" in r for r in sig["reasons"])


# ------------------------------------------------------------ S1, S2: what the ink or S/MIME covers


@pytest.fixture(scope="module")
def old_scan() -> bytes:
    """A genuinely signed and stamped scan of an earlier request: case 4567, ion_vanzator88."""
    return make_scan("full", 31, case="4567", user="ion_vanzator88")[0]


@pytest.mark.slow
def test_unsigned_body_beside_an_old_signed_scan_is_not_verified(
    pipeline: Pipeline, world: World, old_scan: bytes
) -> None:
    """S1: a DKIM-valid mail asking in its body for another user, with an old signed scan attached."""
    raw = world.mail(
        POLICE,
        dkim_domain=DK,
        body=BODY.format(user="victima_noua"),
        attachments=(("adresa_veche.pdf", as_pdf(old_scan)),),
    )
    sig = _route(pipeline, raw, _smtp(POLICE_IP, helo="mta.politiaromana.ro"))
    assert sig["verdict"] == "incomplete", sig["reasons"]
    assert sig["requirements"]["signature"] == "missing"
    assert _kinds(sig)["handwritten_signature"] == _kinds(sig)["stamp"] == "pass"
    assert _kinds(sig)["signed_content"] == "missing"
    assert any("victima_noua" in r for r in sig["reasons"])


@pytest.mark.slow
def test_control_authenticated_mail_with_its_signed_scan_is_verified(
    pipeline: Pipeline, world: World, old_scan: bytes
) -> None:
    """Control: a DKIM-signed police mail carrying the signed scan that states its request verifies."""
    raw = world.mail(
        POLICE,
        dkim_domain=DK,
        body=BODY.format(user="ion_vanzator88"),
        attachments=(("adresa.png", old_scan),),
    )
    sig = _route(pipeline, raw, _smtp(POLICE_IP, helo="mta.politiaromana.ro"))
    assert sig["verdict"] == "verified", sig["reasons"]
    assert _kinds(sig)["signed_content"] == "pass"


def test_unsigned_text_beside_a_nested_smime_part_is_not_verified(
    pipeline: Pipeline, world: World
) -> None:
    """S2: an S/MIME-signed old sub-part nested in a mail whose unsigned text asks for another user."""
    raw = world.smime_mail(
        world.signer,
        POLICE,
        BODY.format(user="ion_vanzator88"),
        outer_body=BODY.format(user="victima_noua"),
    )
    sig = _route(pipeline, raw, _smtp(POLICE_IP, helo="mta.politiaromana.ro"))
    assert sig["verdict"] == "incomplete", sig["reasons"]
    assert _kinds(sig)["smime"] == "pass" and _kinds(sig)["signed_content"] == "missing"
    assert any("victima_noua" in r for r in sig["reasons"])


def test_control_smime_signed_request_is_verified(pipeline: Pipeline, world: World) -> None:
    """Control: an S/MIME mail whose signed body is the request itself verifies end to end
    when the police's DKIM signs it; without DKIM the channel is unproven (SPF never suffices)."""
    raw = world.smime_mail(world.signer, POLICE, BODY.format(user="ion_vanzator88"))
    env = _smtp(POLICE_IP, helo="mta.politiaromana.ro")
    assert _route(pipeline, raw, env)["verdict"] == "incomplete"
    sig_header = dkim.sign(
        raw, b"sel", DK.encode(), world.dkim_keys[DK], include_headers=[b"from", b"subject"]
    )
    sig = _route(pipeline, sig_header + raw, env)
    assert sig["verdict"] == "verified", sig["reasons"]
    assert _kinds(sig)["signed_content"] == "pass"
