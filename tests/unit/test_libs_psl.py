"""The organisational domain comes from publicsuffixlist (issue 15): a list kept current,
read by the PSL's own algorithm (the default rule `*` included)."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from router.signatures.dmarc import aligned, org_domain
from router.signatures.lookalike import imitates


def test_the_shipped_list_is_recent() -> None:
    """publicsuffix2 shipped a 2019 list; the one we read now is this year's or later."""
    text = resources.files("publicsuffixlist").joinpath("public_suffix_list.dat").read_text()
    m = re.search(r"^// VERSION: (\d{4})-(\d{2})-(\d{2})", text, re.MULTILINE)
    assert m is not None and int(m.group(1)) >= 2026


@pytest.mark.parametrize(
    ("domain", "org"),
    [
        ("a.b.politiaromana.ro", "politiaromana.ro"),
        ("CJ.PolitiaRomana.ro.", "politiaromana.ro"),
        ("mai.gov.ro", "gov.ro"),  # gov.ro is no public suffix: relaxed alignment through it holds
        ("x.firma.com.ro", "firma.com.ro"),  # com.ro is one
        ("com.ro", "com.ro"),
        # An unknown suffix takes the default rule "*": publicsuffix2 answered "example"
        # for every name under it, so any two such names aligned (relaxed).
        ("mail.attacker.example", "attacker.example"),
        ("example", "example"),
    ],
)
def test_org_domain(domain: str, org: str) -> None:
    assert org_domain(domain) == org


def test_two_names_under_an_unknown_suffix_no_longer_align() -> None:
    assert not aligned("evil.example", "attacker.example", "r")
    assert aligned("mail.attacker.example", "attacker.example", "r")
    assert aligned("primaria-oarecare.gov.ro", "mai.gov.ro", "r")  # DMARC's own rule (R4)


def test_a_name_under_an_unknown_suffix_is_read_by_its_own_label() -> None:
    """`_label` was "example" for every such name; now it is the registrable name's."""
    assert imitates("okazii-verificare.example", "okazii.ro") is not None
    assert imitates("politiaromana.example", "politiaromana.ro") is not None
