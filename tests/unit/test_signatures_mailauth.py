"""DKIM, SPF and DMARC through the zone-file resolver, and where the SMTP facts come from."""

from __future__ import annotations

from email import message_from_bytes
from pathlib import Path

import pytest

from router.signatures.config import SignatureConfig
from router.signatures.dkim import verify_dkim
from router.signatures.dmarc import aligned, check_dmarc, org_domain
from router.signatures.dns import ZoneResolver, resolver_for
from router.signatures.mailauth import authenticate
from router.signatures.origin import from_received, trusted_results
from router.signatures.spf import check_spf
from tests.samples.signatures.world import ATTACKER_IP, POLICE_IP, World

POLICE = "politia.cluj@cj.politiaromana.ro"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World.create(tmp_path_factory.mktemp("world"))


@pytest.fixture(scope="module")
def dns(world: World) -> ZoneResolver:
    return ZoneResolver(world.zone)


def test_zone_file_answers_txt_and_nothing_else(dns: ZoneResolver) -> None:
    """The zone file answers the TXT it holds (split strings joined) and [] for absent names."""
    assert dns.query("cj.politiaromana.ro.", "TXT") == [f"v=spf1 ip4:{POLICE_IP} -all"]
    dkim_txt = dns.query("sel._domainkey.cj.politiaromana.ro", "TXT")[0]
    assert dkim_txt.startswith("v=DKIM1; k=rsa; p=") and '"' not in dkim_txt
    assert dns.query("nowhere.example", "TXT") == []


def test_config_points_the_resolver_at_the_zone_file(world: World) -> None:
    """REGISTRATURA_DNS_ZONE_FILE selects the zone resolver (no network resolver is built)."""
    cfg = SignatureConfig.from_env({"REGISTRATURA_DNS_ZONE_FILE": str(world.zone)})
    assert isinstance(resolver_for(cfg), ZoneResolver)
    assert cfg.own_mta_domains == ("okazii.ro",) and cfg.trusted_authserv_ids == ()


def test_dkim_passes_for_the_signed_mail_and_fails_after_a_header_change(
    world: World, dns: ZoneResolver
) -> None:
    """A DKIM signature verifies with the zone's key and fails once a signed header changes."""
    raw = world.mail(POLICE, dkim_domain="cj.politiaromana.ro")
    assert [r.result for r in verify_dkim(raw, dns)] == ["pass"]
    broken = world.mail(POLICE, dkim_domain="cj.politiaromana.ro", tamper_after_dkim=True)
    assert [r.result for r in verify_dkim(broken, dns)] == ["fail"]
    assert verify_dkim(world.mail(POLICE), dns) == []


@pytest.mark.parametrize(
    ("ip", "sender", "want"),
    [
        (POLICE_IP, POLICE, "pass"),
        (ATTACKER_IP, POLICE, "fail"),
        (POLICE_IP, "x@nospf.example", "none"),
        ("2001:db8::1", POLICE, "fail"),
    ],
)
def test_spf_results(dns: ZoneResolver, ip: str, sender: str, want: str) -> None:
    """SPF gives pass for the listed IP, fail for others (-all), none without a record."""
    assert check_spf(dns, ip, sender, "mta.example").result == want


def test_dmarc_needs_an_aligned_pass(world: World, dns: ZoneResolver) -> None:
    """DMARC passes via an aligned SPF pass, fails when only a foreign domain passes."""
    spf_ok = check_spf(dns, POLICE_IP, POLICE, "h")
    assert check_dmarc(dns, "cj.politiaromana.ro", [], spf_ok).result == "pass"
    foreign = check_spf(dns, ATTACKER_IP, "x@attacker.example", "h")
    res = check_dmarc(dns, "cj.politiaromana.ro", [], foreign)
    assert res.result == "fail" and res.policy == "reject"
    assert org_domain("a.b.politiaromana.ro") == "politiaromana.ro"
    assert aligned("cj.politiaromana.ro", "politiaromana.ro", "r")
    assert not aligned("cj.politiaromana.ro", "politiaromana.ro", "s")


def test_received_line_of_our_own_mx_gives_the_client(world: World) -> None:
    """The client IP comes from our MX's Received line; a foreign topmost line gives nothing."""
    msg = message_from_bytes(world.mail(POLICE, client_ip=ATTACKER_IP))
    facts = from_received(msg, ("okazii.ro",))
    assert facts is not None and facts.client_ip == ATTACKER_IP and facts.mail_from == POLICE
    forged = b"Received: from a by mx.evil.example; Thu, 1 Jan 2026\r\n" + world.mail(
        POLICE, received=False
    )
    assert from_received(message_from_bytes(forged), ("okazii.ro",)) is None


def test_only_a_trusted_authserv_id_is_believed(world: World) -> None:
    """Authentication-Results count only for a configured authserv-id."""
    header = b"Authentication-Results: mx.trusted.example; dkim=pass header.d=cj.politiaromana.ro; dmarc=pass header.from=cj.politiaromana.ro\r\n"
    msg = message_from_bytes(header + world.mail(POLICE, received=False))
    assert trusted_results(msg, ()) is None
    tr = trusted_results(msg, ("mx.trusted.example",))
    assert tr is not None and tr.results == {"dkim": "pass", "dmarc": "pass"}


def test_unauthenticated_file_is_unverifiable_without_dns(world: World, dns: ZoneResolver) -> None:
    """A mail with no DKIM and no known client is unverifiable, never pass, and asks no DNS."""

    class NoDns:
        def query(self, name: str, rtype: str) -> list[str]:
            raise AssertionError(f"unexpected DNS question {name} {rtype}")

    raw = world.mail(POLICE, received=False)
    auth = authenticate(
        raw, message_from_bytes(raw), {}, "cj.politiaromana.ro", SignatureConfig(), NoDns()
    )
    assert [c.verdict.value for c in auth.checks()] == ["missing", "unverifiable", "unverifiable"]


def test_shipped_sample_mail_file_is_not_authenticated(dns: ZoneResolver) -> None:
    """tests/samples/le_police_email.eml (no DKIM, no Received) gets no DMARC pass."""
    raw = (Path(__file__).parents[1] / "samples" / "le_police_email.eml").read_bytes()
    auth = authenticate(
        raw, message_from_bytes(raw), {}, "cj.politiaromana.ro", SignatureConfig(), dns
    )
    assert not auth.dmarc_pass
