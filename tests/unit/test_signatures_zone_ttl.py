"""The zone file resolver reads lines without a TTL (README's one-line example) instead of failing.

A zone without any TTL used to make dnspython refuse the whole file: every DKIM,
SPF and DMARC question then failed, each mail was judged "DNS is not available"
and nothing said why at start.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from router.signatures.dns import ZoneResolver
from router.signatures.errors import DnsError


def test_lines_without_a_ttl_are_read_with_the_default(tmp_path: Path) -> None:
    """A zone as README writes it (absolute names, no TTL, no $TTL) answers its records."""
    zone = tmp_path / "zone.txt"
    zone.write_text(
        'sel._domainkey.politiaromana.ro. IN TXT "v=DKIM1; k=rsa; p=QUJD"\n'
        'politiaromana.ro. IN TXT "v=spf1 ip4:192.0.2.10 -all"\n'
        '_dmarc.politiaromana.ro. IN TXT "v=DMARC1; p=reject"\n',
        "utf-8",
    )
    resolver = ZoneResolver(zone)
    assert resolver.query("sel._domainkey.politiaromana.ro", "TXT") == ["v=DKIM1; k=rsa; p=QUJD"]
    assert resolver.query("_dmarc.politiaromana.ro.", "TXT") == ["v=DMARC1; p=reject"]


def test_a_line_before_the_files_own_ttl_is_read_too(tmp_path: Path) -> None:
    """A line above the file's $TTL takes the default; the lines below it and a line's TTL still count."""
    zone = tmp_path / "zone.txt"
    zone.write_text(
        'pna.ro. IN TXT "v=spf1 -all"\n$TTL 300\nmpublic.ro. 60 IN TXT "v=spf1 -all"\n'
        'just.ro. IN TXT "v=spf1 -all"\n',
        "utf-8",
    )
    resolver = ZoneResolver(zone)
    answers = [resolver.query(name, "TXT") for name in ("pna.ro", "mpublic.ro", "just.ro")]
    assert answers == [["v=spf1 -all"]] * 3


def test_a_broken_line_is_named_by_its_own_line_number(tmp_path: Path) -> None:
    """An unreadable zone fails loudly, naming the file's line (not one shifted by the default)."""
    zone = tmp_path / "zone.txt"
    zone.write_text('just.ro. IN TXT "v=spf1 -all"\njust.ro. IN NOSUCHTYPE x\n', "utf-8")
    with pytest.raises(DnsError, match=r"zone\.txt:2: "):
        ZoneResolver(zone)
