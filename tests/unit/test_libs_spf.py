"""SPF is pyspf's evaluation (issue 15), asking only our resolver: a zone file in the tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import spf as pyspf

from router.signatures.dns import ZoneResolver
from router.signatures.errors import DnsError
from router.signatures.spf import check_spf

ZONE = """
p.example.            IN TXT "v=spf1 ip4:192.0.2.0/24 -all"
inc.example.          IN TXT "v=spf1 include:p.example ~all"
red.example.          IN TXT "v=spf1 redirect=p.example"
mx.example.           IN TXT "v=spf1 a mx/24 -all"
mx.example.           IN A   198.51.100.7
mx.example.           IN MX  10 mail.mx.example.
mail.mx.example.      IN A   203.0.113.9
macro.example.        IN TXT "v=spf1 exists:%{ir}.%{v}._spf.%{d} -all"
2.2.0.192.in-addr._spf.macro.example. IN A 127.0.0.2
moo.example.          IN TXT "v=spf1 ip4:192.0.2.0/24 moo -all"
void.example.         IN TXT "v=spf1 a:v1.example a:v2.example a:v3.example ip4:192.0.2.2 -all"
two.example.          IN TXT "v=spf1 -all"
two.example.          IN TXT "v=spf1 +all"
long.example.         IN TXT "v=spf1 ip4:192.0.2.0/24 " "-all"
"""


@pytest.fixture(scope="module")
def dns(tmp_path_factory: pytest.TempPathFactory) -> ZoneResolver:
    path = Path(tmp_path_factory.mktemp("spf")) / "zone"
    path.write_text(ZONE)
    return ZoneResolver(path)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """pyspf's own (dnspython) lookup is never called: every answer is the zone file's."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"pyspf asked the network: {args}")

    monkeypatch.setattr(pyspf, "DNSLookup", refuse)


@pytest.mark.parametrize(
    ("ip", "sender", "want"),
    [
        ("192.0.2.2", "a@p.example", "pass"),
        ("198.51.100.1", "a@p.example", "fail"),
        ("198.51.100.1", "a@inc.example", "softfail"),
        ("192.0.2.2", "a@inc.example", "pass"),
        ("192.0.2.2", "a@red.example", "pass"),
        ("198.51.100.7", "a@mx.example", "pass"),  # a
        ("203.0.113.200", "a@mx.example", "pass"),  # mx/24
        ("192.0.2.2", "a@macro.example", "pass"),
        ("192.0.2.3", "a@macro.example", "fail"),
        ("192.0.2.2", "a@nothing.example", "none"),
        ("192.0.2.2", "a@two.example", "permerror"),
        ("192.0.2.2", "a@long.example", "pass"),  # a record split in two strings
        ("192.0.2.2", "x@P.EXAMPLE.", "pass"),
        ("::ffff:192.0.2.2", "a@p.example", "pass"),  # an IPv4-mapped client is IPv4 (RFC 7208 5)
        ("2001:db8::1", "a@p.example", "fail"),
    ],
)
def test_results(dns: ZoneResolver, ip: str, sender: str, want: str) -> None:
    assert check_spf(dns, ip, sender, "helo.example").result == want


def test_the_hand_written_evaluator_s_gaps_are_permerrors_now(dns: ZoneResolver) -> None:
    """What the replaced code got wrong, measured: an unknown mechanism was skipped (pass),
    a third void lookup went on (RFC 7208 4.6.4 makes both permerror)."""
    moo = check_spf(dns, "192.0.2.2", "a@moo.example", "h")
    assert moo.result == "permerror" and "moo" in moo.detail
    void = check_spf(dns, "192.0.2.2", "a@void.example", "h")
    assert void.result == "permerror" and "Void lookup" in void.detail


def test_null_sender_is_the_helo_and_no_name_is_none(dns: ZoneResolver) -> None:
    res = check_spf(dns, "192.0.2.2", "<>", "p.example")
    assert (res.result, res.domain) == ("pass", "p.example")
    assert check_spf(dns, "192.0.2.2", "", "").result == "none"


def test_a_bad_client_address_and_a_dns_failure(dns: ZoneResolver) -> None:
    assert check_spf(dns, "not-an-ip", "a@p.example", "h").result == "permerror"

    class Down:
        def query(self, name: str, rtype: str) -> list[str]:
            raise DnsError(f"{rtype} {name}: Timeout")

    res = check_spf(Down(), "192.0.2.2", "a@p.example", "h")
    assert res.result == "temperror" and "Timeout" in res.detail
