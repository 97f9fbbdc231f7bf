"""DMARC and Authentication-Results stay ours (issue 15, docs/DESIGN.md "Libraries kept and
replaced"): the behaviours the libraries lack, pinned here."""

from __future__ import annotations

from email import message_from_bytes
from pathlib import Path

import pytest

from router.signatures.dkim import DkimResult
from router.signatures.dmarc import check_dmarc
from router.signatures.dns import ZoneResolver
from router.signatures.mailauth import _reported_identifiers
from router.signatures.origin import trusted_results

ZONE = """
_dmarc.cj.politiaromana.ro.  IN TXT "v=DMARC1; p=reject"
_dmarc.twice.example.        IN TXT "v=DMARC1; p=reject"
_dmarc.twice.example.        IN TXT "v=DMARC1; p=none"
"""


@pytest.fixture(scope="module")
def dns(tmp_path_factory: pytest.TempPathFactory) -> ZoneResolver:
    path = Path(tmp_path_factory.mktemp("dmarc")) / "zone"
    path.write_text(ZONE)
    return ZoneResolver(path)


def _sig(domain: str, result: str = "pass") -> DkimResult:
    return DkimResult(domain, "sel", result, f"{result} d={domain}")


def test_every_signature_counts_on_its_own(dns: ZoneResolver) -> None:
    """A relay's signature on top does not hide the authority's below it. authheaders verifies
    the first DKIM-Signature only and said dmarc=fail for such a mail (measured, issue 15)."""
    res = check_dmarc(
        dns,
        "cj.politiaromana.ro",
        [_sig("relay.provider.example"), _sig("cj.politiaromana.ro")],
        None,
    )
    assert res.result == "pass" and res.aligned_by == ("dkim:cj.politiaromana.ro",)


def test_each_aligned_identifier_is_named(dns: ZoneResolver) -> None:
    """`aligned_by` names every aligned passing d=: authority_alignment judges each one."""
    res = check_dmarc(
        dns, "cj.politiaromana.ro", [_sig("politiaromana.ro"), _sig("cj.politiaromana.ro")], None
    )
    assert res.aligned_by == ("dkim:politiaromana.ro", "dkim:cj.politiaromana.ro")


def test_two_dmarc_records_are_none(dns: ZoneResolver) -> None:
    """RFC 7489 6.6.3: two records are no record (a test dnsfunc of authheaders returns one)."""
    assert check_dmarc(dns, "twice.example", [_sig("twice.example")], None).result == "none"


AR = b"Authentication-Results: mx.ok; "


def _tr(value: bytes):  # type: ignore[no-untyped-def]
    return trusted_results(message_from_bytes(AR + value + b"\r\nFrom: a@b\r\n\r\n"), ("mx.ok",))


def test_a_result_the_strict_grammar_refuses_does_not_hide_the_others() -> None:
    """A bounce's `smtp.mailfrom=<>` (Office 365 writes it) is outside RFC 8601's grammar:
    authres refuses the whole header, and with it the dkim=pass beside it."""
    tr = _tr(
        b"spf=none smtp.mailfrom=<>; dkim=pass header.d=cj.politiaromana.ro; "
        b"dmarc=pass header.from=cj.politiaromana.ro"
    )
    assert tr is not None and tr.results["dkim"] == "pass" and tr.results["dmarc"] == "pass"
    assert _reported_identifiers(tr, "cj.politiaromana.ro") == ["dkim:cj.politiaromana.ro"]
