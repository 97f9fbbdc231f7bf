"""Regressions of the independent review (F1, F2, F3, F8, F9, F10): each pins one forgery."""

from __future__ import annotations

from email import message_from_bytes
from typing import Any

import pytest

from parsers.model import Category
from router.signatures import SignatureConfig, SignatureInput, evaluate
from router.signatures.binding import _norm, states
from router.signatures.config import networks
from router.signatures.dns import ZoneResolver
from router.signatures.mailauth import authenticate
from router.signatures.origin import from_received, trusted_results
from tests.helpers import read_document
from tests.samples.signatures.world import (
    ATTACKER_IP,
    FAXGW,
    FAXGW_IP,
    POLICE_IP,
    REQUEST_FIELDS,
    World,
    issue,
    letter_pdf,
    sign_pdf,
)

POLICE = "politia.cluj@cj.politiaromana.ro"
DK = "cj.politiaromana.ro"
FIELDS: dict[str, Any] = REQUEST_FIELDS
OWN = ("okazii.ro",)
AR = (
    b"Authentication-Results: mx.trusted.example; dkim=pass header.d=cj.politiaromana.ro; "
    b"spf=pass smtp.mailfrom=politia.cluj@cj.politiaromana.ro; "
    b"dmarc=pass header.from=cj.politiaromana.ro\r\n"
)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World.create(tmp_path_factory.mktemp("regressions"))


@pytest.fixture(scope="module")
def signed(world: World) -> bytes:
    return sign_pdf(letter_pdf(), world.signer)


def _run(
    world: World,
    raw: bytes,
    channel: str,
    *,
    envelope: dict[str, Any] | None = None,
    kind: str = "email",
    fields: dict[str, Any] | None = None,
    config: SignatureConfig | None = None,
) -> dict[str, Any]:
    item = SignatureInput(
        Category.LAW_ENFORCEMENT,
        channel,
        raw,
        envelope or {},
        read_document(raw, kind),
        dict(fields or FIELDS),
    )
    cfg = config or SignatureConfig(trust_roots=world.roots, dns_zone_file=world.zone)
    return evaluate(item, world.policy(), cfg)  # World.signer bound to Poliția Română


def _check(out: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(c for c in out["checks"] if c["kind"] == kind)


def _line(helo: str, ip: str, by: str = "mx1.okazii.ro") -> bytes:
    return (
        f"Received: from {helo} (unknown [{ip}])\r\n"
        f"\tby {by} (Postfix) with ESMTP id 7Q; Thu, 12 Nov 2026 14:32:11 +0200\r\n"
    ).encode()


# ---------------------------------------------------------------- F1: channel decides


@pytest.mark.parametrize("channel", ["smtp", "imap"])
def test_bare_signed_pdf_over_mail_channel_is_not_paper(
    world: World, signed: bytes, channel: str
) -> None:
    """A signed PDF sent as the raw message over SMTP/IMAP is not paper: no sender, so suspicious."""
    env = {"client_ip": ATTACKER_IP, "helo": "x", "mail_from": POLICE} if channel == "smtp" else {}
    out = _run(world, signed, channel, envelope=env, kind="pdf")
    assert out["verdict"] == "suspicious"
    assert not any(c["kind"] == "paper_channel" for c in out["checks"])
    assert "not a mail message" in _check(out, "authority_domain")["detail"]


def test_pdf_marker_in_subject_over_smtp_is_still_judged_as_mail(
    world: World, signed: bytes
) -> None:
    """A mail whose Subject holds "%PDF-1.4" (parsed as a PDF) is judged as mail from its client."""
    raw = world.mail(POLICE, received=False, subject="%PDF-1.4", attachments=(("a.pdf", signed),))
    env = {"client_ip": ATTACKER_IP, "helo": "x", "mail_from": POLICE}
    out = _run(world, raw, "smtp", envelope=env, kind="pdf")
    assert out["verdict"] == "suspicious"
    assert _check(out, "dmarc")["verdict"] == "fail"


def test_pdf_marker_in_subject_of_a_folder_file_is_still_a_mail(
    world: World, signed: bytes
) -> None:
    """A mail file on a paper channel that the parser named a PDF is judged as mail, not paper."""
    raw = world.mail(POLICE, received=False, subject="%PDF-1.4", attachments=(("a.pdf", signed),))
    out = _run(world, raw, "folder", kind="pdf")
    assert out["verdict"] != "verified"
    assert not any(c["kind"] == "paper_channel" for c in out["checks"])


def test_unknown_channel_is_never_paper(world: World, signed: bytes) -> None:
    """Only fax, post, folder and cli are paper: a signed PDF from any other channel is not."""
    out = _run(world, signed, "webform", kind="pdf")
    assert out["verdict"] == "incomplete"
    assert _check(out, "paper_channel")["verdict"] == "unverifiable"


def _gateway(world: World, signed: bytes, client_ip: str) -> dict[str, Any]:
    raw = world.mail(FAXGW, display="Fax", received=False, attachments=(("fax.pdf", signed),))
    env = {
        "client_ip": client_ip,
        "helo": "gw",
        "mail_from": FAXGW,
        "fax_number": "+40 21 000 4322",
        "extra": {"via": "smtp", "gateway_from": FAXGW},
    }
    return _run(world, raw, "fax", envelope=env)


def test_spoofed_fax_gateway_mail_is_not_paper(world: World, signed: bytes) -> None:
    """A "fax" mailed from an unauthenticated gateway client is not paper (at best incomplete)."""
    out = _gateway(world, signed, ATTACKER_IP)
    assert out["verdict"] in ("incomplete", "suspicious")
    paper = _check(out, "paper_channel")
    assert paper["verdict"] == "unverifiable" and "not authenticated" in paper["detail"]


def test_authenticated_fax_gateway_mail_counts_as_paper(world: World, signed: bytes) -> None:
    """A fax mailed by a gateway whose own mail passes DMARC/SPF is paper like any fax."""
    out = _gateway(world, signed, FAXGW_IP)
    assert _check(out, "paper_channel")["verdict"] == "pass"
    assert out["verdict"] == "verified"


# ---------------------------------------------------------------- F2: HELO is no proof


def test_helo_naming_our_host_does_not_make_a_hop_internal(world: World) -> None:
    """EHLO mx9.okazii.ro from the attacker's IP: its forged line below is not believed."""
    raw = (
        f"Return-Path: <{POLICE}>\r\n".encode()
        + _line("mx9.okazii.ro", ATTACKER_IP)
        + _line("mta.politiaromana.ro", POLICE_IP, by="mx9.okazii.ro")
        + world.mail(POLICE, received=False)
    )
    facts = from_received(message_from_bytes(raw), OWN)
    assert facts is not None and facts.client_ip == ATTACKER_IP
    out = _run(world, raw + b"", "folder")
    # In a file, the Received lines are the file's claims: neither for nor against it.
    assert out["verdict"] == "incomplete"


def test_helo_address_literal_of_loopback_is_not_our_ip(world: World) -> None:
    """EHLO [127.0.0.1] puts a loopback literal before our MTA's: only the MTA's [IP] counts."""
    raw = _line("[127.0.0.1]", ATTACKER_IP) + world.mail(POLICE, client_ip=POLICE_IP)
    facts = from_received(message_from_bytes(raw), OWN)
    assert facts is not None and facts.client_ip == ATTACKER_IP


def test_internal_hop_is_one_from_our_own_network(world: World) -> None:
    """A hop from an IP in our own networks is internal; the next line (ours) names the origin."""
    raw = _line("relay.okazii.ro", "10.0.0.5") + world.mail(POLICE, client_ip=POLICE_IP)
    msg = message_from_bytes(raw)
    cfg = SignatureConfig(own_mta_networks=networks(("10.0.0.0/8",)))
    facts = from_received(msg, OWN, cfg.is_own_ip)
    assert facts is not None and facts.client_ip == POLICE_IP
    assert from_received(msg, OWN).client_ip == "10.0.0.5"  # type: ignore[union-attr]


def test_internal_hop_above_a_foreign_line_gives_nothing(world: World) -> None:
    """Below an internal hop the line must be ours too; a foreign one means no known origin."""
    raw = (
        _line("relay", "127.0.0.1")
        + _line("mta.politiaromana.ro", POLICE_IP, by="mx.evil.example")
        + world.mail(POLICE, received=False)
    )
    assert from_received(message_from_bytes(raw), OWN) is None


def test_return_path_below_our_lines_is_not_believed(world: World) -> None:
    """A Return-Path the sender wrote (below our Received line) is not the envelope sender."""
    raw = _line("x", ATTACKER_IP) + f"Return-Path: <{POLICE}>\r\n".encode()
    raw += world.mail(POLICE, received=False)
    facts = from_received(message_from_bytes(raw), OWN)
    assert facts is not None and facts.mail_from == ""


def test_own_networks_come_from_the_environment() -> None:
    """REGISTRATURA_OWN_MTA_NETWORKS sets the internal CIDRs (loopback by default; typos raise)."""
    assert SignatureConfig.from_env({}).is_own_ip("127.0.0.1")
    assert not SignatureConfig.from_env({}).is_own_ip("10.0.0.5")
    cfg = SignatureConfig.from_env({"REGISTRATURA_OWN_MTA_NETWORKS": "10.0.0.0/8, fd00::/8"})
    assert cfg.is_own_ip("10.1.2.3") and cfg.is_own_ip("::ffff:10.1.2.3")
    assert cfg.is_own_ip("fd00::1") and not cfg.is_own_ip("127.0.0.1")
    with pytest.raises(ValueError, match="bad network"):
        SignatureConfig.from_env({"REGISTRATURA_OWN_MTA_NETWORKS": "10.0.0.0/33"})


# ---------------------------------------------------------------- F10: relays


def test_relayed_smtp_mail_is_checked_against_the_client_behind_our_relay(world: World) -> None:
    """Behind our own relay (client 127.0.0.1) SPF is checked for the IP the relay received from."""
    dns = ZoneResolver(world.zone)
    env = {"client_ip": "127.0.0.1", "helo": "localhost", "mail_from": POLICE}
    good = world.mail(POLICE, client_ip=POLICE_IP)
    auth = authenticate(good, message_from_bytes(good), env, DK, SignatureConfig(), dns, "smtp")
    assert auth.spf.verdict.value == "pass" and auth.spf.evidence["client_ip"] == POLICE_IP
    bad = world.mail(POLICE, client_ip=ATTACKER_IP)
    auth = authenticate(bad, message_from_bytes(bad), env, DK, SignatureConfig(), dns, "smtp")
    assert auth.spf.verdict.value == "fail" and not auth.dmarc_pass


def test_direct_smtp_mail_never_reads_its_own_received_lines(world: World) -> None:
    """Straight to the door (external client) the envelope wins over Received lines it wrote."""
    dns = ZoneResolver(world.zone)
    raw = world.mail(POLICE, client_ip=POLICE_IP)  # claims the police MTA in "our" line
    env = {"client_ip": ATTACKER_IP, "helo": "mx1.okazii.ro", "mail_from": POLICE}
    auth = authenticate(raw, message_from_bytes(raw), env, DK, SignatureConfig(), dns, "smtp")
    assert auth.spf.evidence["client_ip"] == ATTACKER_IP and not auth.dmarc_pass


# ---------------------------------------------------------------- F9: Authentication-Results


def test_trusted_authentication_results_are_ignored_outside_imap(world: World) -> None:
    """A trusted-looking Authentication-Results in a CLI/folder .eml is the sender's own text."""
    cfg = SignatureConfig(world.roots, world.zone, OWN, ("mx.trusted.example",))
    raw = AR + world.mail(POLICE, received=False, attachments=(("a.pdf", b""),))
    for channel in ("cli", "folder"):
        out = _run(world, raw, channel, config=cfg)
        assert out["verdict"] != "verified"
        assert _check(out, "dmarc")["verdict"] != "pass"


def test_only_the_topmost_authentication_results_is_read() -> None:
    """A trusted authserv-id below another Authentication-Results header is not believed."""
    below = b"Authentication-Results: mx.other.example; dmarc=none\r\n" + AR + b"From: a@b\r\n\r\n"
    assert trusted_results(message_from_bytes(below), ("mx.trusted.example",)) is None
    assert trusted_results(message_from_bytes(AR + b"From: a@b\r\n\r\n"), ("mx.trusted.example",))


# ---------------------------------------------------------------- F3: what the signature covers


def test_signed_pdf_does_not_vouch_for_an_unsigned_body(world: World, signed: bytes) -> None:
    """A DKIM-valid mail asking in its body for another user, with an old signed PDF: incomplete."""
    raw = world.mail(
        POLICE,
        dkim_domain=DK,
        body="Va rugam datele utilizatorului victima_noua.",
        attachments=(("vechi.pdf", signed),),
    )
    fields = {**FIELDS, "subjects": [{"kind": "username", "value": "victima_noua"}]}
    out = _run(world, raw, "folder", fields=fields)
    assert out["verdict"] == "incomplete"
    assert out["requirements"]["signature"] == "missing"
    bound = _check(out, "signed_content")
    assert bound["verdict"] == "missing" and "victima_noua" in bound["detail"]
    assert _check(out, "pdf_signature")["verdict"] == "pass"


def test_signed_pdf_stating_the_request_satisfies_the_signature(
    world: World, signed: bytes
) -> None:
    """The signed PDF that itself states the case and user satisfies the signature requirement."""
    raw = world.mail(POLICE, dkim_domain=DK, attachments=(("adresa.pdf", signed),))
    out = _run(world, raw, "folder")
    assert out["verdict"] == "verified" and _check(out, "signed_content")["verdict"] == "pass"


def test_signed_content_compares_without_diacritics_case_or_line_breaks() -> None:
    """Romanian letters, case and a line break inside a value do not hide a match; a prefix does."""
    text = _norm("Dosarul nr. 4567/P/2026 privind utilizatorul ȘTEFAN_Ţ\n88 și Ioana")
    assert states(text, "4567/p/2026") and states(text, "stefan_t88")
    assert not states(text, "ana") and not states(text, "567/P/2026")


def test_ocr_comparison_forgives_a_lost_underscore_but_not_another_user() -> None:
    """OCR may drop the "_" of a username; a longer username or a prefix is still another user."""
    text = _norm("datele utilizatorului ion vanzator88 si x_victima_noua")
    assert states(text, "ion_vanzator88", ocr=True) and not states(text, "ion_vanzator88")
    assert not states(text, "victima_noua", ocr=True) and not states(text, "noua")


def test_smime_certificate_without_an_email_address_does_not_vouch_for_the_sender(
    world: World,
) -> None:
    """An S/MIME signature by a certificate naming no e-mail address does not vouch for the From.

    The S/MIME check records it (`sender_problem`); with no registry binding the
    signer is missing, so the request is never verified (a bound seal, which names
    no address, is judged by the registry instead: `consistency._vouches`)."""
    raw = world.smime_mail(issue("Fara Email", world.ca), POLICE, "Va rugam datele.")
    env = {"client_ip": POLICE_IP, "helo": "mta", "mail_from": POLICE}
    out = _run(world, raw, "smtp", envelope=env)
    smime = _check(out, "smime")
    assert "no e-mail address" in smime["evidence"]["sender_problem"]
    assert _check(out, "signer_authority")["verdict"] == "missing"
    assert out["verdict"] != "verified"
