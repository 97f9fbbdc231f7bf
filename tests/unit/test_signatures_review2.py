"""Regressions of the second security review (R1 DKIM tags, R2 Exim hops, R5 A-R parsing, R8 paper).

Each test builds the attacker's input and checks the forged request does not
come out `verified` (or the parse the attack relied on no longer happens).
"""

from __future__ import annotations

from email import message_from_bytes
from typing import Any

import dkim
import pytest

from parsers.model import Category
from router.signatures import SignatureConfig, SignatureInput, evaluate
from router.signatures.dkim import verify_dkim
from router.signatures.dns import ZoneResolver
from router.signatures.origin import from_received, trusted_results
from tests.helpers import read_document
from tests.samples.signatures.scans import make_scan
from tests.samples.signatures.world import ATTACKER_IP, POLICE_IP, REQUEST_FIELDS, World

POLICE = "politia.cluj@cj.politiaromana.ro"
LOOKALIKE = "politia-romana.ro"  # a domain the attacker owns, with its own DKIM key in the zone
OWN = ("okazii.ro",)
FIELDS: dict[str, Any] = REQUEST_FIELDS
BODY = (
    "In dosarul penal nr. 4567/P/2026, in baza art. 170 CPP, va rugam sa ne comunicati "
    "istoricul tranzactiilor utilizatorului ion_vanzator88."
)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World.create(tmp_path_factory.mktemp("review2"))


@pytest.fixture(scope="module")
def drawn_scan() -> bytes:
    """A scribble and a circle: the "signature" and "stamp" anyone can draw, stating the request."""
    return make_scan("full", 31, case="4567", user="ion_vanzator88")[0]


def _evaluate(
    world: World, raw: bytes, channel: str, envelope: dict[str, Any], **config: Any
) -> dict[str, Any]:
    item = SignatureInput(
        Category.LAW_ENFORCEMENT, channel, raw, envelope, read_document(raw), dict(FIELDS)
    )
    cfg = SignatureConfig(trust_roots=world.roots, dns_zone_file=world.zone, **config)
    return evaluate(item, world.policy(), cfg)  # World.signer bound to Poliția Română


def _check(out: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(c for c in out["checks"] if c["kind"] == kind)


# ------------------------------------------------------------------ R1: DKIM tag confusion


def _signed_by_lookalike_claiming_police(world: World, scan: bytes) -> bytes:
    raw = world.mail(POLICE, body=BODY, attachments=(("adresa.png", scan),), received=False)
    # The attacker's own key and d=; an unknown tag "x-d=" names the police's domain.
    sig = dkim.sign(
        raw,
        b"sel; x-d=cj.politiaromana.ro",
        LOOKALIKE.encode(),
        world.dkim_keys[LOOKALIKE],
        include_headers=[b"from", b"to", b"subject", b"date", b"message-id"],
    )
    return sig + raw


def test_an_unknown_tag_naming_the_police_is_not_taken_for_d(
    world: World, drawn_scan: bytes
) -> None:
    """R1: "x-d=cj.politiaromana.ro" beside d=politia-romana.ro: the pass is the look-alike's."""
    raw = _signed_by_lookalike_claiming_police(world, drawn_scan)
    results = verify_dkim(raw, ZoneResolver(world.zone))
    assert [(r.domain, r.result) for r in results] == [(LOOKALIKE, "pass")]


def test_dkim_tag_confusion_is_not_verified(world: World, drawn_scan: bytes) -> None:
    """R1 end to end over SMTP from the attacker's IP: DMARC for the police fails, not verified."""
    raw = _signed_by_lookalike_claiming_police(world, drawn_scan)
    env = {"client_ip": ATTACKER_IP, "helo": "mail.attacker.example", "mail_from": POLICE}
    out = _evaluate(world, raw, "smtp", env)
    assert _check(out, "dmarc")["verdict"] == "fail"
    assert out["verdict"] == "suspicious"


def test_a_tag_named_twice_is_a_permerror(world: World) -> None:
    """RFC 6376 3.2: a tag list naming d= twice is malformed, never "the last one wins"."""
    raw = world.mail(POLICE, received=False)
    sig = dkim.sign(
        raw,
        b"sel; d=cj.politiaromana.ro",
        LOOKALIKE.encode(),
        world.dkim_keys[LOOKALIKE],
        include_headers=[b"from", b"to", b"subject", b"date", b"message-id"],
    )
    results = verify_dkim(sig + raw, ZoneResolver(world.zone))
    assert [r.result for r in results] == ["permerror"]


# ------------------------------------------------------------------ R2: Exim Received lines

_EXIM_TOP = (
    "Received: from [{ip}] (port=41234 helo=[127.0.0.1])\r\n"
    "\tby mx1.okazii.ro with esmtp (Exim 4.96)\r\n"
    "\tid 1tQ; Thu, 12 Nov 2026 14:32:11 +0200\r\n"
)
_FORGED_BELOW = (
    "Received: from mta.cj.politiaromana.ro (mta.cj.politiaromana.ro [{police}])\r\n"
    "\tby mx1.okazii.ro (Postfix) with ESMTPS id 4X; Thu, 12 Nov 2026 14:32:10 +0200\r\n"
)


def _exim_forgery(world: World, scan: bytes) -> bytes:
    top = f"Return-Path: <{POLICE}>\r\n" + _EXIM_TOP.format(ip=ATTACKER_IP)
    below = _FORGED_BELOW.format(police=POLICE_IP)
    mail = world.mail(POLICE, body=BODY, attachments=(("adresa.png", scan),), received=False)
    return (top + below).encode() + mail


def test_exim_helo_literal_is_not_the_client(world: World, drawn_scan: bytes) -> None:
    """R2: Exim's "(port=N helo=[127.0.0.1])" names the client's HELO, not an IP our MTA saw."""
    facts = from_received(message_from_bytes(_exim_forgery(world, drawn_scan)), OWN)
    assert facts is not None
    assert (facts.client_ip, facts.helo) == (ATTACKER_IP, "[127.0.0.1]")


EXIM = "with esmtp (Exim 4.96)"
POSTFIX = "(Postfix) with ESMTPS"


@pytest.mark.parametrize(
    ("line", "mta", "ip"),
    [
        ("from mail.example.net ([{ip}]:44127 helo=mta.example.net)", EXIM, True),
        ("from mail.example.net ([{ip}] helo=[127.0.0.1])", EXIM, True),
        ("from [{ip}] (port=41234 helo=[10.0.0.1])", EXIM, True),
        ("from mail.example.net ([{ip}]:44127)", EXIM, True),
        ("from mta.example.net (mta.example.net [{ip}])", POSTFIX, True),
        ("from [127.0.0.1] (unknown [{ip}])", POSTFIX, True),  # HELO an address literal
        ("from x (a [{ip}] b [192.0.2.99])", POSTFIX, False),  # two literals: none
        ("from x (helo=[{ip}])", EXIM, False),  # no literal of the MTA's own
        # Exim-looking text in a Postfix line's parentheses does not make it Exim's.
        ("from [{ip}] (x helo=[127.0.0.1] [192.0.2.10])", POSTFIX, False),
    ],
)
def test_received_hop_formats(world: World, line: str, mta: str, ip: bool) -> None:
    """The connecting IP is read where each MTA writes it, and nothing is guessed."""
    hop = line.format(ip=ATTACKER_IP)
    head = f"Received: {hop}\r\n\tby mx1.okazii.ro {mta}; Thu, 12 Nov 2026\r\n"
    facts = from_received(
        message_from_bytes(head.encode() + world.mail(POLICE, received=False)), OWN
    )
    assert (facts.client_ip if facts else None) == (ATTACKER_IP if ip else None)


def test_exim_forgery_is_not_verified(world: World, drawn_scan: bytes) -> None:
    """R2 end to end, as a mail file our Exim MX delivered: SPF is checked for the attacker's IP."""
    out = _evaluate(world, _exim_forgery(world, drawn_scan), "folder", {})
    assert _check(out, "spf")["verdict"] != "pass"
    assert out["verdict"] != "verified"


# ------------------------------------------------------------------ R5: Authentication-Results

AUTHSERV = ("mx.trusted.example",)


def _ar(value: str) -> bytes:
    return f"Authentication-Results: mx.trusted.example; {value}\r\n".encode()


def test_results_inside_quoted_strings_and_comments_are_data() -> None:
    """R5: a local part or a comment holding ";dmarc=pass" adds no result."""
    header = _ar(
        'spf=pass (sender "x;dmarc=pass"@attacker.example; dmarc=pass) '
        'smtp.mailfrom="x;dmarc=pass"@attacker.example; '
        "dmarc=fail header.from=cj.politiaromana.ro"
    )
    tr = trusted_results(message_from_bytes(header + b"From: a@b\r\n\r\n"), AUTHSERV)
    assert tr is not None and tr.results == {"spf": "pass", "dmarc": "fail"}


def test_two_verdicts_for_one_method_believe_neither() -> None:
    header = _ar(
        "dmarc=fail header.from=cj.politiaromana.ro; dmarc=pass header.from=cj.politiaromana.ro"
    )
    tr = trusted_results(message_from_bytes(header + b"From: a@b\r\n\r\n"), AUTHSERV)
    assert tr is not None and tr.results["dmarc"] == "permerror"


def test_dmarc_pass_naming_no_from_domain_is_not_a_pass(world: World, drawn_scan: bytes) -> None:
    """R5: over IMAP, "dmarc=pass" without header.from does not vouch for this From."""
    raw = _ar("dkim=none; spf=none; dmarc=pass") + world.mail(
        POLICE, body=BODY, attachments=(("adresa.png", drawn_scan),), received=False
    )
    out = _evaluate(world, raw, "imap", {}, trusted_authserv_ids=AUTHSERV)
    assert _check(out, "dmarc")["verdict"] == "unverifiable"
    assert out["verdict"] != "verified"
    named = _ar("dmarc=pass header.from=cj.politiaromana.ro") + raw
    assert (
        _check(_evaluate(world, named, "imap", {}, trusted_authserv_ids=AUTHSERV), "dmarc")[
            "verdict"
        ]
        == "pass"
    )


# ------------------------------------------------------------------ R8: paper needs a call-back


def test_verified_paper_always_asks_for_a_callback(drawn_scan: bytes, world: World) -> None:
    """R8: ink on paper can be drawn: a verified fax or post scan asks for a call-back."""
    out = _evaluate(world, drawn_scan, "post", {"filename": "adresa.png"})
    assert out["verdict"] == "verified"  # the drawn ink passes the detector, by design
    assert out["callback"] is not None and out["callback"]["required"] is True
    assert "paper" in out["callback"]["note"]
    # "IPJ Cluj" is in no registry entry: no number to offer, and the note says where not to look.
    assert out["callback"]["numbers"] == [] and "independently" in out["callback"]["note"]


# ------------------------------------------------------------------ SPF macro transformers


@pytest.mark.parametrize(
    ("spec", "ip", "want"),
    [  # RFC 7208 section 7.4's examples, sender strong-bad@email.example.com
        ("%{s}", "192.0.2.3", "strong-bad@email.example.com"),
        ("%{o}", "192.0.2.3", "email.example.com"),
        ("%{d4}", "192.0.2.3", "email.example.com"),
        ("%{d3}", "192.0.2.3", "email.example.com"),
        ("%{d2}", "192.0.2.3", "example.com"),
        ("%{d1}", "192.0.2.3", "com"),
        ("%{dr}", "192.0.2.3", "com.example.email"),
        ("%{d2r}", "192.0.2.3", "example.email"),
        ("%{l}", "192.0.2.3", "strong-bad"),
        ("%{l-}", "192.0.2.3", "strong.bad"),
        ("%{lr}", "192.0.2.3", "strong-bad"),
        ("%{lr-}", "192.0.2.3", "bad.strong"),
        ("%{l1r-}", "192.0.2.3", "strong"),
        ("%{ir}.%{v}._spf.%{d2}", "192.0.2.3", "3.2.0.192.in-addr._spf.example.com"),
        ("%{lr-}.lp._spf.%{d2}", "192.0.2.3", "bad.strong.lp._spf.example.com"),
        (
            "%{ir}.%{v}._spf.%{d2}",
            "2001:db8::cb01",
            "1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com",
        ),
    ],
)
def test_spf_macros_expand_as_rfc_7208_shows(world: World, spec: str, ip: str, want: str) -> None:
    from router.signatures.spf import _Eval

    ev = _Eval(ZoneResolver(world.zone), ip, "strong-bad@email.example.com", "mx.example.org")
    assert ev._expand(spec, "email.example.com") == want


# ------------------------------------------------------------------ R4: alignment via gov.ro


def _ministry_mail(w: World, signer: str, scan: bytes) -> bytes:
    return w.mail(
        "secretariat@mai.gov.ro",
        display="Ministerul Afacerilor Interne",
        body=BODY,
        attachments=(("adresa.png", scan),),
        dkim_domain=signer,
        received=False,
    )


def test_dkim_of_another_gov_ro_institution_does_not_speak_for_the_ministry(
    world: World, drawn_scan: bytes
) -> None:
    """R4: d=primaria-oarecare.gov.ro aligns (relaxed) with mai.gov.ro through gov.ro: not enough."""
    env = {
        "client_ip": ATTACKER_IP,
        "helo": "mail.primaria.example",
        "mail_from": "x@attacker.example",
    }
    out = _evaluate(
        world, _ministry_mail(world, "primaria-oarecare.gov.ro", drawn_scan), "smtp", env
    )
    assert _check(out, "dmarc")["verdict"] == "pass"  # DMARC itself is satisfied, as RFC 7489 says
    assert _check(out, "authority_alignment")["verdict"] == "missing"
    assert out["requirements"]["authority_channel"] != "pass"
    assert out["verdict"] != "verified"


def test_dkim_of_the_ministry_itself_aligns(world: World, drawn_scan: bytes) -> None:
    env = {"client_ip": ATTACKER_IP, "helo": "mail.mai.gov.ro", "mail_from": "x@attacker.example"}
    out = _evaluate(world, _ministry_mail(world, "mai.gov.ro", drawn_scan), "smtp", env)
    assert _check(out, "authority_alignment")["verdict"] == "pass"
    assert out["requirements"]["authority_channel"] == "pass"


# ------------------------------------------------------------------ third review


def test_a_property_inside_a_quoted_mail_from_is_data(world: World, drawn_scan: bytes) -> None:
    """R9: "smtp.mailfrom=mai.gov.ro" inside an echoed quoted local part names no SPF domain."""
    header = _ar(
        "dkim=pass header.d=primaria-oarecare.gov.ro; "
        'spf=pass smtp.mailfrom="a smtp.mailfrom=mai.gov.ro b"@attacker.example; '
        "dmarc=pass header.from=mai.gov.ro"
    )
    tr = trusted_results(message_from_bytes(header + b"From: a@b\r\n\r\n"), AUTHSERV)
    assert tr is not None
    assert (
        tr.properties["spf"]["smtp.mailfrom"] == '"a smtp.mailfrom=mai.gov.ro b"@attacker.example'
    )
    raw = header + _ministry_mail(world, "primaria-oarecare.gov.ro", drawn_scan)
    out = _evaluate(world, raw, "imap", {}, trusted_authserv_ids=AUTHSERV)
    assert _check(out, "authority_alignment")["verdict"] == "missing"
    assert out["verdict"] != "verified"


def test_a_property_named_twice_believes_neither() -> None:
    header = _ar("spf=pass smtp.mailfrom=x@attacker.example smtp.mailfrom=y@mai.gov.ro")
    tr = trusted_results(message_from_bytes(header + b"From: a@b\r\n\r\n"), AUTHSERV)
    assert tr is not None and tr.results["spf"] == "permerror"


def test_a_page_with_signature_and_stamp_wins_over_a_higher_ranked_one() -> None:
    """R10: the page holding the whole block is the one judged, even if another ranked higher."""
    from router.signatures.handwriting import best_page

    def page(n: int, sig: float | None, stamp: float | None) -> dict[str, Any]:
        marks = {
            "anchor": None,
            "signature": {"box": [0, 0, 1, 1], "score": sig, "ink": "grey"} if sig else None,
            "stamp": {"box": [0, 0, 1, 1], "score": stamp, "shape": "round", "ink": "grey"}
            if stamp
            else None,
        }
        return {"number": n, "text": "", "marks": marks}

    # Read from the end: page 3 (signature only, score 1.0) first, then page 2 (both, 0.4 + 0.4).
    reading = {"read": [page(2, 0.4, 0.4), page(3, 1.0, None)], "ocr_pages": 3}
    best, _, _ = best_page([(0, "scan.pdf", reading)])
    assert best is not None and best.number == 2


def test_pooling_keeps_a_single_inked_pixel_at_any_cell_size() -> None:
    """R11: a cell of 23 x 23 pixels or more with one inked pixel is still inked."""
    from PIL import Image

    from parsers.ink import _pool

    for f in (1, 6, 15, 16, 23, 40):
        mask = Image.new("L", (f * 4, f * 3), 0)
        mask.putpixel((f + f // 2, 2 * f + f // 2), 255)
        cells = _pool(mask, f)
        assert cells.shape == (3, 4) and cells.sum() == 1 and cells[2, 1], f


def test_a_gateway_fax_without_the_door_s_record_and_no_gateway_configured_is_not_paper(
    world: World,
) -> None:
    """R12: extra.via without gateway_from (an item from before the door kept it) and no
    [[fax_gateways]] in the policy: no gateway vouches for it."""
    raw = world.mail("fax@faxgw.example.ro", display="Fax", received=False)
    env = {
        "client_ip": ATTACKER_IP,
        "helo": "gw",
        "mail_from": "fax@faxgw.example.ro",
        "fax_number": "+40 21 000 4322",
        "extra": {"via": "smtp"},
    }
    item = SignatureInput(
        Category.LAW_ENFORCEMENT, "fax", raw, env, read_document(raw), dict(FIELDS)
    )
    cfg = SignatureConfig(trust_roots=world.roots, dns_zone_file=world.zone)
    out = evaluate(item, world.policy(), cfg)
    assert _check(out, "paper_channel")["verdict"] == "fail"
