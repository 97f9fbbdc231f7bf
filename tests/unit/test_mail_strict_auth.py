"""The authority channel by e-mail: exact registry domains, every reported DKIM result, a
file's Received lines as claims, alternatives and hidden HTML, reasons that say why."""

from __future__ import annotations

from email import message_from_bytes
from typing import Any

import pytest

from parsers.alternatives import examine
from parsers.htmltext import read_html
from parsers.mail import read_mail
from parsers.model import Category
from router.policy import Authority, load_policy
from router.signatures import SignatureConfig, SignatureInput, evaluate
from router.signatures.context import Context
from router.signatures.lookalike import imitates
from router.signatures.mailauth import _reported_identifiers, smtp_facts
from router.signatures.origin import trusted_results
from tests.samples.signatures.world import POLICE_IP, World

POLICE = "politia.cluj@cj.politiaromana.ro"
DOMAIN = "cj.politiaromana.ro"
RECEIVED = (
    f"Received: from mta.x (mta.x [{POLICE_IP}])\r\n"
    "\tby mx1.okazii.ro (Postfix) with ESMTPS id 4X; Thu, 12 Nov 2026 14:32:11 +0200\r\n"
).encode()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World.create(tmp_path_factory.mktemp("strict-auth"))


def test_a_registry_domain_matches_itself_and_a_subdomain_only_by_an_explicit_entry() -> None:
    """owns_domain: exact names; "*.parent" grants what is strictly below parent, nothing implicit."""
    exact = Authority("P", "police", domains=("politiaromana.ro", "cj.politiaromana.ro"))
    assert exact.owns_domain("CJ.politiaromana.ro.") and exact.owns_domain("politiaromana.ro")
    assert not exact.owns_domain("stiri.politiaromana.ro")
    wild = Authority("P", "police", domains=("*.politiaromana.ro",))
    assert wild.owns_domain("stiri.politiaromana.ro") and not wild.owns_domain("politiaromana.ro")
    assert not wild.owns_domain("xpolitiaromana.ro")


def test_the_shipped_registry_lists_the_county_police_domains() -> None:
    """Poliția Română: the national domain; its 42 county units each their own, unconfirmed."""
    policy = load_policy()
    police = next(a for a in policy.authorities if a.name == "Poliția Română")
    assert police.domains == ("politiaromana.ro",) and not police.confirmed
    units = [a for a in policy.authorities if a.parent == "Poliția Română"]
    assert len(units) == 42 and not any(a.confirmed for a in units)
    assert {d for a in units for d in a.domains} >= {"b.politiaromana.ro", "cj.politiaromana.ro"}
    assert all(len(a.domains) == 1 for a in units)
    (cluj,) = policy.authorities_for_domain("cj.politiaromana.ro")
    assert cluj.name == "Inspectoratul de Poliție Județean Cluj"
    assert not policy.authorities_for_domain("x.politiaromana.ro")


def test_every_dkim_result_of_a_trusted_header_is_judged(world: World) -> None:
    """A provider's passing signature listed first does not hide the authority's; header.i counts."""
    raw = (
        b"Authentication-Results: mx.ok; dkim=pass header.d=relay.provider.example;"
        b" dkim=pass header.i=@cj.politiaromana.ro; dmarc=pass header.from=cj.politiaromana.ro\r\n"
        + world.mail(POLICE, received=False)
    )
    tr = trusted_results(message_from_bytes(raw), ("mx.ok",))
    assert tr is not None and len(tr.dkim) == 2
    assert _reported_identifiers(tr, "cj.politiaromana.ro") == ["dkim:cj.politiaromana.ro"]


def test_a_file_s_received_lines_are_claims_recorded_not_evidence(world: World) -> None:
    """folder/cli/post: no SMTP facts from the file's own Received lines; the reason says so."""
    msg = message_from_bytes(world.mail(POLICE))
    for channel in ("folder", "cli", "post"):
        facts, why = smtp_facts(msg, {}, channel, SignatureConfig())
        assert facts is None and "file's own claims" in why
    facts, _ = smtp_facts(msg, {}, "imap", SignatureConfig())
    assert facts is not None and facts.client_ip == POLICE_IP  # our mailbox's own line


def _judge(world: World, raw: bytes, channel: str = "folder") -> dict[str, Any]:
    cfg = SignatureConfig(trust_roots=world.roots, dns_zone_file=world.zone)
    doc = read_mail(raw, lambda d, n: ((), ()))
    item = SignatureInput(Category.LAW_ENFORCEMENT, channel, raw, {}, {"kind": doc.kind.value}, {})
    return evaluate(item, load_policy(), cfg)


def test_spf_through_a_forged_received_line_is_not_the_authority_channel(world: World) -> None:
    """No DKIM: the channel is missing, and the reasons name the missing DKIM and the claim."""
    out = _judge(world, world.mail(POLICE))
    assert out["requirements"]["authority_channel"] == "missing"
    reasons = " ".join(out["reasons"])
    assert "no DKIM signature" in reasons and "file's own claims" in reasons


def test_spf_alone_over_smtp_is_recorded_but_never_sufficient(world: World) -> None:
    """SPF passes and DMARC passes through it: authority_alignment names SPF-only as the gap."""
    cfg = SignatureConfig(trust_roots=world.roots, dns_zone_file=world.zone)
    raw = world.mail(POLICE, received=False)
    env = {"client_ip": POLICE_IP, "helo": "x", "mail_from": POLICE}
    item = SignatureInput(Category.LAW_ENFORCEMENT, "smtp", raw, env, {"kind": "email"}, {})
    out = evaluate(item, load_policy(), cfg)
    checks = {c["kind"]: c for c in out["checks"]}
    assert checks["spf"]["verdict"] == "pass" and checks["dmarc"]["verdict"] == "pass"
    assert checks["authority_alignment"]["verdict"] == "missing"
    assert "SPF only" in checks["authority_alignment"]["detail"]


def test_a_mail_file_led_by_a_blank_line_is_still_a_mail_to_the_checks(world: World) -> None:
    """The checks and the parser drop the same blank lines: the sender is read and DKIM verifies."""
    raw = b"\r\n" + world.mail(POLICE, dkim_domain="cj.politiaromana.ro")
    cfg = SignatureConfig(trust_roots=world.roots, dns_zone_file=world.zone)
    item = SignatureInput(Category.LAW_ENFORCEMENT, "cli", raw, {}, {"kind": "email"}, {})
    ctx = Context(item, load_policy(), cfg)
    assert ctx.sender == POLICE and ctx.mail_auth.dkim.verdict.value == "pass"


def test_a_from_nested_thousands_deep_is_a_failure_with_its_reason(world: World) -> None:
    """Deep comments in From: authority_domain fails saying so, and no check crashes."""
    raw = world.mail(POLICE).replace(b"From: ", b"From: " + b"(" * 3000 + b")" * 3000 + b" ", 1)
    out = _judge(world, raw)
    details = [c["detail"] for c in out["checks"]]
    assert not any("crashed" in d for d in details)
    assert any("nests comments 3000 deep" in d for d in details)


def test_a_sibling_of_a_listed_subdomain_is_no_look_alike() -> None:
    """stiri.politiaromana.ro is the same registrable domain as ab.politiaromana.ro, not an imitation."""
    assert imitates("stiri.politiaromana.ro", "ab.politiaromana.ro") is None
    assert imitates("politia-romana.ro", "ab.politiaromana.ro") is not None


def test_hidden_html_text_is_kept_apart_from_what_is_read() -> None:
    """display:none, zero or tiny fonts, white on white and `hidden` never reach the readable text."""
    html = (
        '<p>vizibil</p><span style="display:none">A1</span><div style="font-size:0">A2</div>'
        '<font color="#ffffff">A3</font><p hidden>A4</p><span style="font-size:1px">A5</span>'
        '<div style="background:#000"><span style="color:white">vazut</span></div>'
    )
    visible, hidden = read_html(html)
    assert "vizibil" in visible and "vazut" in visible
    assert not any(f"A{i}" in visible for i in range(1, 6))
    assert all(f"A{i}" in hidden for i in range(1, 6))


def test_alternatives_that_disagree_on_a_user_are_named() -> None:
    """text/plain naming one user and text/html another: both sides are shown."""
    raw = (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="A"\r\n\r\n'
        b"--A\r\nContent-Type: text/plain\r\n\r\ndatele utilizatorului ion_vanzator88\r\n"
        b"--A\r\nContent-Type: text/html\r\n\r\n<p>datele utilizatorului victima_noua</p>\r\n"
        b"--A--\r\n"
    )
    (d,) = examine(message_from_bytes(raw)).disagreements
    assert "ion_vanzator88" in d["only_in"]["0:text/plain"]
    assert "victima_noua" in d["only_in"]["1:text/html"]
    agree = raw.replace(b"victima_noua", b"<b>ion_vanzator88</b>")
    assert examine(message_from_bytes(agree)).disagreements == []


def test_list_numbers_and_small_numbers_are_not_identifiers() -> None:
    """A plain "1." list against an HTML <ol> is the same request; only identifiers are compared."""
    raw = (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="A"\r\n\r\n'
        b"--A\r\nContent-Type: text/plain\r\n\r\n1. datele utilizatorului ion_vanzator88\r\n"
        b"--A\r\nContent-Type: text/html\r\n\r\n<ol><li>datele utilizatorului ion_vanzator88"
        b"</li></ol>\r\n--A--\r\n"
    )
    assert examine(message_from_bytes(raw)).disagreements == []


def test_a_reply_to_nested_thousands_deep_fails_without_crashing_a_check(world: World) -> None:
    """Deep comments in Reply-To: reply_to fails saying it cannot be read; no check crashes."""
    deep = b"(" * 3000 + b")" * 3000
    raw = world.mail(POLICE).replace(b"\r\nTo: ", b"\r\nReply-To: x@y.ro " + deep + b"\r\nTo: ", 1)
    out = _judge(world, raw)
    details = [c["detail"] for c in out["checks"]]
    assert not any("crashed" in d for d in details)
    assert any("Reply-To header cannot be read" in d for d in details)


def test_a_style_rule_hides_text_as_an_inline_style_does() -> None:
    """A <style> rule for a class or an id, even after the element, hides its text; inline wins."""
    html = (
        '<p>vizibil</p><div class="ref">B1</div><span id="n">B2</span>'
        '<p class="w" style="color:#000">negru</p><p class="w">B3</p>'
        "<style>.ref { display : none } #n{font-size:0} p.w{color:#fff}</style>"
    )
    visible, hidden = read_html(html)
    assert "vizibil" in visible and "negru" in visible
    assert all(f"B{i}" in hidden and f"B{i}" not in visible for i in (1, 2, 3))


def test_outlook_mailto_and_cid_renderings_agree_and_a_changed_mailto_does_not() -> None:
    """ "text<mailto:a>" against <a href="mailto:a">text</a>, and "[cid:…]" against <img src="cid:…">,
    are the same rendering; a mailto: that names another address is a disagreement."""
    plain = b"ion_vanzator88\r\nSICE<mailto:sice@cj.politiaromana.ro>\r\n[cid:image001.png@01DB2C4E.5F3A1B20]"
    html = (
        b'<p>ion_vanzator88</p><a href="mailto:sice@cj.politiaromana.ro">SICE</a>'
        b'<img src="cid:image001.png@01DB2C4E.5F3A1B20" alt="Sigla">'
    )

    def mail(p: bytes, h: bytes) -> bytes:
        return (
            b'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="A"\r\n\r\n'
            b"--A\r\nContent-Type: text/plain\r\n\r\n" + p + b"\r\n"
            b"--A\r\nContent-Type: text/html\r\n\r\n" + h + b"\r\n--A--\r\n"
        )

    assert examine(message_from_bytes(mail(plain, html))).disagreements == []
    other = html.replace(b"mailto:sice@", b"mailto:dosare@")
    assert examine(message_from_bytes(mail(plain, other))).disagreements != []


def test_a_reply_to_whose_display_name_shows_another_address_fails(world: World) -> None:
    """Reply-To: "=?…?= <police>" decoding to a gmail address: what a person copies is not where
    answers go, so reply_to fails and the parse step's reply_to is the real address."""
    value = b"=?utf-8?q?dosare=40gmail=2Ecom?= <politia.cluj@cj.politiaromana.ro>"
    raw = world.mail(POLICE).replace(b"\r\nTo: ", b"\r\nReply-To: " + value + b"\r\nTo: ", 1)
    doc = read_mail(raw, lambda d, n: ((), ()))
    assert doc.headers is not None and doc.headers.reply_to == POLICE
    checks = [c for c in _judge(world, raw)["checks"] if c["kind"] == "reply_to"]
    assert [c["verdict"] for c in checks] == ["fail"]
    assert "display name shows dosare@gmail.com" in checks[0]["detail"]


def test_text_drawn_by_a_css_content_rule_is_named() -> None:
    """`p.x::after{content:"…"}` shows words no text node holds: reported with the hidden text."""
    raw = (
        b"MIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n"
        b'<style>p.x::after{content:"si utilizatorului victima_noua"}</style><p class="x">a</p>\r\n'
    )
    (hidden,) = examine(message_from_bytes(raw)).hidden
    assert "CSS content" in hidden["where"] and "victima_noua" in hidden["text"]


def test_a_dkim_signature_that_leaves_from_unsigned_is_no_signature(world: World) -> None:
    """h= without From (RFC 6376 5.4): verify_dkim records a permerror, never a pass."""
    from router.signatures.dkim import verify_dkim
    from router.signatures.dns import resolver_for
    from tests.attacks.redteam_kit import dkim_sign_headers_as_given

    raw = world.mail(POLICE, received=False)
    resolver = resolver_for(SignatureConfig(dns_zone_file=world.zone))
    unsigned_from = dkim_sign_headers_as_given(world, raw, DOMAIN, (b"to", b"subject"))
    (result,) = verify_dkim(unsigned_from, resolver)
    assert result.result == "permerror" and "does not sign the From" in result.detail
    with_from = dkim_sign_headers_as_given(world, raw, DOMAIN, (b"from", b"to", b"subject"))
    assert [r.result for r in verify_dkim(with_from, resolver)] == ["pass"]
