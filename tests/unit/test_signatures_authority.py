"""The authority channel: registry domains, look-alikes, display-name spoofing, free mail, paper."""

from __future__ import annotations

from email import message_from_bytes

import pytest

from router.policy import load_policy
from router.signatures.authority import mail_channel, paper_channel
from router.signatures.lookalike import imitates

POLICY = load_policy()


def _mail(from_header: str, extra: str = "") -> list[tuple[str, str, str]]:
    msg = message_from_bytes(f"From: {from_header}\r\n{extra}To: legal@okazii.ro\r\n\r\nx".encode())
    return [(c.kind, c.verdict.value, c.detail) for c in mail_channel(msg, POLICY)]


@pytest.mark.parametrize(
    "domain",
    [
        "politia-romana.ro",
        "politiaromana.ro.example.net",
        "politiaromana.com",
        "pol1tiaromana.ro",
        "politiaromama.ro",
        "cj-politiaromana.ro",
        "politiarom\u0430na.ro".encode("idna").decode(),
        "diicot.ro.ru",
        "mai-gov.ro",
    ],
)
def test_look_alikes_are_named(domain: str) -> None:
    """Each kind of look-alike is recognised as imitating a registry domain."""
    assert any(imitates(domain, d) for a in POLICY.authorities for d in a.domains)


@pytest.mark.parametrize("domain", ["cj.politiaromana.ro", "okazii.ro", "gmail.com", "example.org"])
def test_real_and_unrelated_domains_are_not_look_alikes(domain: str) -> None:
    """Registry subdomains and unrelated domains are not called look-alikes."""
    assert not any(imitates(domain, d) for a in POLICY.authorities for d in a.domains)


def test_registry_subdomain_passes_and_says_it_is_unconfirmed() -> None:
    """A county subdomain of politiaromana.ro belongs to the police (an unconfirmed default)."""
    [(kind, verdict, detail)] = _mail("IPJ Cluj <ipj@cj.politiaromana.ro>")
    assert (kind, verdict) == ("authority_domain", "pass") and "not yet confirmed" in detail


def test_display_name_spoof_and_free_mail_fail() -> None:
    """ "Politia Romana" <x@gmail.com> fails as free-mail and display-name spoofing."""
    [(kind, verdict, detail)] = _mail('"Politia Romana" <politia.romana@gmail.com>')
    assert verdict == "fail" and "free-mail" in detail and "display name" in detail


def test_reply_to_away_from_the_authority_fails() -> None:
    """A Reply-To outside the registry on an authority's mail is its own failed check."""
    checks = _mail("<ipj@cj.politiaromana.ro>", "Reply-To: <ipj.cluj@gmail.com>\r\n")
    assert ("reply_to", "fail") in [(k, v) for k, v, _ in checks]


def test_two_from_addresses_fail() -> None:
    """A mail with two From mailboxes cannot be attributed and fails."""
    [(_, verdict, _)] = _mail("<ipj@cj.politiaromana.ro>, <x@attacker.example>")
    assert verdict == "fail"


def test_paper_and_registry_fax() -> None:
    """Paper is its own channel; an unknown fax number is recorded as unverifiable."""
    checks = paper_channel("fax", "+40 21 000 4322", POLICY)
    assert [(c.kind, c.verdict.value) for c in checks] == [
        ("paper_channel", "pass"),
        ("fax_number", "unverifiable"),
    ]
