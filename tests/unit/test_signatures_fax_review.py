"""Regressions of the fax findings of the security review (/tmp/secreview p2, p7).

P2 (fax-gateway sender confusion): the door took a mail for a fax gateway's
when an RFC 2047 encoded word in From *decoded* to the gateway's address
(`=?us-ascii?q?fax=40faxgw.example.ro?= <x@attacker.example>`), while the
signature checks read the address x@attacker.example and only asked DMARC to
pass for it, the attacker's own domain. Now the door reads From as the checks
do, records the gateway address it matched (`extra.gateway_from`), and the
checks hold the mail to that very address.

P7 (fax number from sender-chosen data): the TSI, caller ID or file name a fax
number comes from is set by whoever sends the fax; a registry match is
recorded as that claim (`unverifiable`, with the authority for the call-back),
never as a `pass`.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from ingest import Channel, Envelope, accept
from ingest.accept import AcceptRules
from ingest.fax import GatewayRule, gateway_match
from parsers.model import Category
from router import steps
from router.policy import Policy, load_policy
from router.signatures import SignatureConfig, SignatureInput, evaluate
from router.signatures.authority import paper_channel
from router.signatures.evidence import Check, Outcome
from router.signatures.verdict import decide
from router.steps import Pipeline
from storage import Database, Item
from tests.helpers import read_document
from tests.samples.signatures.world import (
    ATTACKER_IP,
    FAXGW,
    FAXGW_IP,
    REQUEST_FIELDS,
    SEALS,
    World,
    letter_pdf,
    sign_pdf,
)

ATTACKER = "x@attacker.example"
ENCODED_FROM = "=?us-ascii?q?fax=40faxgw.example.ro?= <x@attacker.example>"
PARCHET = "Parchetul de pe langa Judecatoria Sectorului 1"
REGISTRY_FAX = "+40 21 000 4322"
FAX_CLAIM = "claimed by the sending fax machine, not proof; call back on a registry number"
FIELDS: dict[str, Any] = REQUEST_FIELDS
BODY = (
    "Buna ziua,\nIn dosarul penal nr. 4567/P/2026, in baza art. 170 CPP, va rugam sa ne "
    "comunicati datele de identificare si istoricul tranzactiilor utilizatorului {user}.\n"
    "Adresa nr. 123456 din 12.11.2026.\nInspectoratul de Politie Judetean Cluj\n"
)
POLICY_TOML = f"""
[[fax_gateways]]
from = "{FAXGW}"
pattern = 'Fax de la (?P<number>\\+?\\d+)'

[[authorities]]
name = "{PARCHET}"
kind = "prosecutor"
domains = ["mpublic.ro"]
fax_numbers = ["021 000 4322"]
phone_numbers = ["021 000 4321"]
confirmed = true
signing_identities = [{{ organization = "{SEALS["parchet"][0]}", organization_identifier = "{SEALS["parchet"][1]}" }}]
"""
RULES = (GatewayRule.from_mapping({"from": FAXGW, "pattern": r"Fax de la (?P<number>\+?\d+)"}),)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World.create(tmp_path_factory.mktemp("fax_review"))


@pytest.fixture(scope="module")
def signed(world: World) -> bytes:
    return sign_pdf(letter_pdf(), world.signer)


@pytest.fixture(scope="module")
def policy(tmp_path_factory: pytest.TempPathFactory, world: World) -> Policy:
    # The registry binds the world's signer (an IPJ Cluj officer) to the police; the
    # prosecutor's office is the registry entry the sending fax number belongs to.
    path = tmp_path_factory.mktemp("fax_policy") / "policy.toml"
    police = f"""
[[authorities]]
name = "Poliția Română"
kind = "police"
domains = ["politiaromana.ro"]
phone_numbers = ["021 000 1111"]
confirmed = true
aliases = ["Inspectoratul de Poliție Județean"]
acronyms = ["IPJ"]
signing_identities = [{{ certificate_sha256 = "{world.fingerprint(world.signer)}" }}]
"""
    path.write_text(POLICY_TOML + police, "utf-8")
    return load_policy(path)


def _gateway_mail(from_header: str, *, subject: str = "Fax de la +40210004322") -> bytes:
    msg = EmailMessage()
    msg["From"] = from_header
    msg["To"] = "legal@okazii.ro"
    msg["Subject"] = subject
    msg.set_content("Fax primit. Vezi atasamentul.")
    return bytes(msg)


def _as_fax(raw: bytes, env: Envelope) -> Envelope:
    """The door's real gateway logic (`ingest.accept.AcceptRules`) with the gateway rules only."""
    return AcceptRules(fax_gateways=RULES).apply(raw, env)


def _attacker_mail(world: World, signed: bytes, from_header: str = ENCODED_FROM) -> bytes:
    """The attacker's mail: its own domain (SPF passes, so DMARC passes aligned for it)."""
    raw = world.mail(
        ATTACKER,
        display="",
        received=False,
        subject="Fax de la +40210004322",
        attachments=(("fax.pdf", signed),),
    )
    return raw.replace(f"From: {ATTACKER}".encode(), f"From: {from_header}".encode(), 1)


def _attacker_envelope(**extra: Any) -> dict[str, Any]:
    return {
        "client_ip": ATTACKER_IP,
        "helo": "mail.attacker.example",
        "mail_from": ATTACKER,
        "fax_number": REGISTRY_FAX,
        "extra": {"via": "smtp", **extra},
    }


def _gateway_envelope(**extra: Any) -> dict[str, Any]:
    return {
        "client_ip": FAXGW_IP,
        "helo": "gw.faxgw.example.ro",
        "mail_from": FAXGW,
        # A line the registry does not know: the police letter of `signed` faxed from the
        # prosecutor's registry line would be a letter and a line that disagree
        # (`evaluation._fax_authority`), which is not what these tests are about.
        "fax_number": "+40 264 111 222",
        "extra": {"via": "smtp", **extra},
    }


def _evaluate(
    world: World,
    policy: Policy,
    raw: bytes,
    channel: str,
    envelope: dict[str, Any],
    kind: str = "email",
    fields: dict[str, Any] | None = None,
) -> dict[str, Any]:
    item = SignatureInput(
        Category.LAW_ENFORCEMENT,
        channel,
        raw,
        envelope,
        read_document(raw, kind),
        dict(fields or FIELDS),
    )
    return evaluate(
        item, policy, SignatureConfig(trust_roots=world.roots, dns_zone_file=world.zone)
    )


def _check(out: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(c for c in out["checks"] if c["kind"] == kind)


# ------------------------------------------------------------ P2: the door reads From as the checks do


@pytest.mark.parametrize(
    "from_header",
    [
        ENCODED_FROM,  # an encoded word decoding to the gateway's address, before the real one
        "=?utf-8?b?ZmF4QGZheGd3LmV4YW1wbGUucm8=?= <x@attacker.example>",  # the same in base64
        f"{FAXGW}, {ATTACKER}",  # two From addresses: no single sender to authenticate
        f"<{FAXGW}> {ATTACKER}",
    ],
)
def test_gateway_is_not_recognised_by_a_decoded_or_ambiguous_from(from_header: str) -> None:
    """Only the single From address the checks read can make a mail a gateway's fax."""
    raw = _gateway_mail(from_header)
    assert gateway_match(raw, RULES) is None
    env = _as_fax(raw, Envelope(channel=Channel.SMTP, client_ip=ATTACKER_IP, mail_from=ATTACKER))
    assert env.channel is Channel.SMTP and env.fax_number is None
    assert "gateway_from" not in env.extra and "via" not in env.extra


def test_two_from_headers_are_no_gateway() -> None:
    """A second From header (the checks see two senders) is no gateway mail either."""
    raw = _gateway_mail(FAXGW).replace(b"To:", f"From: {ATTACKER}\nTo:".encode(), 1)
    assert gateway_match(raw, RULES) is None


def test_door_records_the_gateway_address_it_matched() -> None:
    """The genuine gateway's mail becomes a fax; `extra.gateway_from` keeps its From address."""
    raw = _gateway_mail('"Fax Gateway" <FAX@FaxGW.example.ro>')
    assert (m := gateway_match(raw, RULES)) is not None and m.number == "+40210004322"
    env = _as_fax(raw, Envelope(channel=Channel.SMTP, client_ip=FAXGW_IP, mail_from=FAXGW))
    assert env.channel is Channel.FAX and env.fax_number == "+40210004322"
    assert env.extra["via"] == "smtp"
    assert env.extra["gateway_from"] == FAXGW


# ------------------------------------------------------------ P2: the checks hold the mail to that address


def test_fax_whose_from_is_not_the_recorded_gateway_is_suspicious(
    world: World, signed: bytes, policy: Policy
) -> None:
    """Had the door been fooled: DMARC passing for the attacker's domain is no gateway's mail."""
    raw = _attacker_mail(world, signed)
    out = _evaluate(world, policy, raw, "fax", _attacker_envelope(gateway_from=FAXGW))
    assert _check(out, "dmarc")["verdict"] == "pass"  # the attacker's own domain authenticates
    paper = _check(out, "paper_channel")
    assert paper["verdict"] == "fail", paper
    assert ATTACKER in paper["detail"] and FAXGW in paper["detail"]
    assert out["verdict"] == "suspicious"
    assert out["requirements"]["authority_channel"] == "fail"


def test_fax_with_two_from_addresses_is_not_the_gateways(
    world: World, signed: bytes, policy: Policy
) -> None:
    """The recorded gateway plus a second From address: no single sender, so no gateway mail."""
    raw = _attacker_mail(world, signed, from_header=f"{FAXGW}, {ATTACKER}")
    out = _evaluate(world, policy, raw, "fax", _attacker_envelope(gateway_from=FAXGW))
    assert _check(out, "paper_channel")["verdict"] == "fail"
    assert out["verdict"] == "suspicious"


def test_gateway_fax_is_paper_only_from_the_recorded_address(
    world: World, signed: bytes, policy: Policy
) -> None:
    """The gateway's authenticated mail is paper when its From is the recorded address
    (compared without case), and not when the door recorded another gateway address."""
    raw = world.mail(FAXGW, display="Fax", received=False, attachments=(("fax.pdf", signed),))
    good = _evaluate(world, policy, raw, "fax", _gateway_envelope(gateway_from=FAXGW.upper()))
    assert _check(good, "paper_channel")["verdict"] == "pass"
    assert good["verdict"] == "verified", good["reasons"]
    other = _evaluate(
        world, policy, raw, "fax", _gateway_envelope(gateway_from="scanner@faxgw.example.ro")
    )
    assert _check(other, "paper_channel")["verdict"] == "fail"
    assert other["verdict"] == "suspicious"


def test_item_without_recorded_gateway_is_held_to_the_configured_gateways(
    world: World, signed: bytes, policy: Policy
) -> None:
    """An item stored before the door recorded `gateway_from`: its From must be a configured
    [[fax_gateways]] sender; the attacker's authenticated own domain is not."""
    out = _evaluate(world, policy, _attacker_mail(world, signed), "fax", _attacker_envelope())
    assert _check(out, "paper_channel")["verdict"] == "fail"
    assert out["verdict"] == "suspicious"
    raw = world.mail(FAXGW, display="Fax", received=False, attachments=(("fax.pdf", signed),))
    good = _evaluate(world, policy, raw, "fax", _gateway_envelope())
    assert good["verdict"] == "verified", good["reasons"]


def test_p2_through_the_real_door_is_not_a_verified_fax(
    tmp_path: Path,
    world: World,
    signed: bytes,
    policy: Policy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The review's proof end to end: door → accept → parse → route; no fax, not verified."""
    monkeypatch.setenv("REGISTRATURA_TRUST_ROOTS", str(world.roots))
    monkeypatch.setenv("REGISTRATURA_DNS_ZONE_FILE", str(world.zone))
    for name in (
        "REGISTRATURA_OWN_MTA_DOMAINS",
        "REGISTRATURA_OWN_MTA_NETWORKS",
        "REGISTRATURA_TRUSTED_AUTHSERV_IDS",
    ):
        monkeypatch.delenv(name, raising=False)
    raw = world.mail(
        ATTACKER,
        display="",
        received=False,
        subject="Fax de la +40210004322",
        body=BODY.format(user="ion_vanzator88"),
        attachments=(("fax.pdf", signed),),
    )
    raw = raw.replace(f"From: {ATTACKER}".encode(), f"From: {ENCODED_FROM}".encode(), 1)
    env = _as_fax(
        raw,
        Envelope(
            channel=Channel.SMTP,
            client_ip=ATTACKER_IP,
            helo="mail.attacker.example",
            mail_from=ATTACKER,
            rcpt_to=("legal@okazii.ro",),
        ),
    )
    db = Database(f"sqlite:///{tmp_path / 'r.db'}")
    db.migrate()
    try:
        p = Pipeline(db=db, policy=policy, trust=SignatureConfig.from_env())
        acc = accept(db, raw, env, None)
        assert steps.parse(p, acc.item_id)
        assert steps.route(p, acc.item_id) is not None
        with db.reader() as s:
            item = s.get(Item, acc.item_id)
            assert item is not None
            channel, sig = item.channel, (item.decision or {}).get("signatures") or {}
    finally:
        db.dispose()
    assert channel == "smtp"
    assert sig.get("verdict") != "verified", sig
    assert not any(c["kind"] in ("paper_channel", "fax_number") for c in sig.get("checks", []))


# ------------------------------------------------------------ P7: the fax number is a claim


def test_registry_fax_number_is_recorded_as_a_claim_not_a_pass(policy: Policy) -> None:
    """A registry number from the TSI is information for the call-back, never a pass."""
    checks = paper_channel("fax", REGISTRY_FAX, policy)
    fax = next(c for c in checks if c.kind == "fax_number")
    assert fax.verdict is not Outcome.PASS
    assert fax.verdict is Outcome.UNVERIFIABLE
    assert FAX_CLAIM in fax.detail and PARCHET in fax.detail
    assert fax.evidence["authority"] == PARCHET  # the call-back's registry numbers
    unknown = paper_channel("fax", "+40 31 999 8888", policy)[1]
    assert unknown.verdict is Outcome.UNVERIFIABLE and "authority" not in unknown.evidence
    assert "claimed by the sending fax machine" in unknown.detail


def test_gateway_fax_number_is_a_claim_too(world: World, signed: bytes, policy: Policy) -> None:
    """The number in a gateway's subject is the sending machine's claim as well."""
    raw = world.mail(FAXGW, display="Fax", received=False, attachments=(("fax.pdf", signed),))
    out = _evaluate(world, policy, raw, "fax", _gateway_envelope(gateway_from=FAXGW))
    fax = _check(out, "fax_number")
    assert fax["verdict"] == "unverifiable" and FAX_CLAIM in fax["detail"]


def test_genuine_registry_fax_keeps_its_verdict_and_urgent_callback(
    world: World, signed: bytes, policy: Policy
) -> None:
    """A genuine paper fax is no worse off: still verified, and an urgent one is called back
    on the registry numbers of the authority the letter names, never on the fax's number."""
    env = {"filename": "fax0001.pdf", "fax_number": REGISTRY_FAX}
    fields = {**FIELDS, "authority": PARCHET, "urgent": True}
    signed = sign_pdf(letter_pdf(), world.seals["parchet"])  # the office's own seal
    out = _evaluate(world, policy, signed, "fax", env, kind="pdf", fields=fields)
    assert _check(out, "fax_number")["verdict"] == "unverifiable"
    assert out["verdict"] == "verified", out["reasons"]
    assert out["urgent"] is True
    assert out["callback"]["authority"] == PARCHET
    assert out["callback"]["numbers"] == ["021 000 4321"]
    assert "fax_claims" not in out["callback"]
    # The letter names another authority than the one the sending number belongs to:
    # the fax's claim never picks whom to call, and the mismatch is said.
    other = _evaluate(
        world, policy, signed, "fax", env, kind="pdf", fields={**FIELDS, "urgent": True}
    )
    assert other["callback"]["authority"] != PARCHET
    assert other["callback"]["fax_claims"] == PARCHET
    assert "021 000 4321" not in other["callback"]["numbers"]
    assert "suspect" in other["callback"]["note"]
    # The verdict never reads fax_number, whatever its outcome.
    base = [
        Check("paper_channel", Outcome.PASS, "paper"),
        Check("handwritten_signature", Outcome.PASS, "ink"),
        Check("stamp", Outcome.PASS, "stamp"),
        Check("content", Outcome.PASS, "complete"),
    ]
    required = ("authority_channel", "signature", "content")
    plain = decide(required, base, False, True)
    for outcome in Outcome:
        with_fax = decide(required, [*base, Check("fax_number", outcome, "x")], False, True)
        assert (with_fax.verdict, with_fax.requirements) == (plain.verdict, plain.requirements)


# ------------------------------------------------------------ a gateway's mail as a file (folder, cli)


@pytest.mark.parametrize("via", ["cli", "folder"])
def test_gateway_mail_file_is_paper_on_its_dkim_alone(
    world: World, signed: bytes, policy: Policy, via: str
) -> None:
    """A gateway's mail given as a file (a folder, `ingest`) is the same fax: the door
    recognised it, and its DKIM signature authenticates it (the file's Received lines are
    no SPF evidence). Judged as e-mail from the gateway's domain instead, every such fax
    was `suspicious` (round 7's m44)."""
    raw = world.mail(
        FAXGW,
        display="Fax",
        received=False,
        attachments=(("fax.pdf", signed),),
        dkim_domain="faxgw.example.ro",
    )
    env = {"fax_number": "+40 264 111 222", "extra": {"via": via, "gateway_from": FAXGW}}
    out = _evaluate(world, policy, raw, "fax", env)
    assert _check(out, "spf")["verdict"] != "pass"
    assert _check(out, "paper_channel")["verdict"] == "pass"
    assert out["verdict"] == "verified", out["reasons"]


@pytest.mark.parametrize("via", ["cli", "folder"])
def test_gateway_mail_file_without_dkim_vouches_for_nothing(
    world: World, signed: bytes, policy: Policy, via: str
) -> None:
    """The same file with its DKIM signature removed: nothing authenticates the gateway's
    mail (its Return-Path and Received lines are anyone's to write)."""
    raw = world.mail(
        FAXGW,
        display="Fax",
        received=False,
        attachments=(("fax.pdf", signed),),
        dkim_domain="faxgw.example.ro",
    )
    head, _, body = raw.partition(b"\n\n")
    lines = head.split(b"\n")
    kept, skipping = [], False
    for line in lines:
        if line.lower().startswith(b"dkim-signature:"):
            skipping = True
            continue
        if skipping and line[:1] in (b" ", b"\t"):
            continue
        skipping = False
        kept.append(line)
    unsigned = b"\n".join(kept) + b"\n\n" + body
    assert b"DKIM-Signature" not in unsigned
    env = {"fax_number": "+40 264 111 222", "extra": {"via": via, "gateway_from": FAXGW}}
    out = _evaluate(world, policy, unsigned, "fax", env)
    assert _check(out, "paper_channel")["verdict"] != "pass"
    assert out["verdict"] != "verified"


def test_attacker_mail_file_recorded_as_gateway_is_suspicious(
    world: World, signed: bytes, policy: Policy
) -> None:
    """A file from the attacker's domain, had the door been fooled: suspicious, as over SMTP."""
    raw = _attacker_mail(world, signed)
    env = {"fax_number": REGISTRY_FAX, "extra": {"via": "cli", "gateway_from": FAXGW}}
    out = _evaluate(world, policy, raw, "fax", env)
    assert _check(out, "paper_channel")["verdict"] == "fail"
    assert out["verdict"] == "suspicious"
