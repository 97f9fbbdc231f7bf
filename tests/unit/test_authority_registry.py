"""The registry's names, aliases and acronyms, and its signing identities (issue 11, classes 2-3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from router.errors import PolicyError
from router.policy import Policy, heading_lines, load_policy

POLICY = load_policy()


@pytest.mark.parametrize(
    ("stated", "authority"),
    [
        ("IPJ Cluj", "Inspectoratul de Poliție Județean Cluj"),
        ("Inspectoratul de Poliție Județean Cluj", "Inspectoratul de Poliție Județean Cluj"),
        ("INSPECTORATUL DE POLITIE JUDETEAN CLUJ", "Inspectoratul de Poliție Județean Cluj"),
        ("Inspectoratul de Poliție al Județului Iași", "Inspectoratul de Poliție Județean Iași"),
        ("IPJ", "Poliția Română"),
        ("Poliția Municipiului Cluj-Napoca", "Poliția Română"),
        ("Secția 2 Poliție", "Poliția Română"),
        ("Parchetul de pe lângă Judecătoria Cluj-Napoca", "Ministerul Public (parchete)"),
        ("Parchetul de pe lângă Tribunalul Cluj", "Ministerul Public (parchete)"),
        ("DIICOT – Serviciul Teritorial Cluj", "DIICOT"),
        ("Parchetul de pe lângă ÎCCJ – DIICOT – Serviciul Teritorial Cluj", "DIICOT"),
        ("Judecătoria Sectorului 1", "Instanțele judecătorești"),
        ("Tribunalul București, Secția penală", "Instanțele judecătorești"),
        ("Curtea de Apel Cluj", "Instanțele judecătorești"),
    ],
)
def test_stated_authority_is_found_through_aliases_and_acronyms(
    stated: str, authority: str
) -> None:
    """A letter's heading names its registry authority whatever words, case or diacritics it uses."""
    found = POLICY.authority_named(stated)
    assert found is not None and found.name == authority


@pytest.mark.parametrize(
    "stated",
    [
        "TRIBUNALUL ARBITRAL BUCUREȘTI",
        "Poliția Locală Cluj-Napoca",
        "ASOCIAȚIA PRIETENII POLIȚIEI CLUJ",
    ],
)
def test_another_body_bearing_an_authoritys_word_names_no_authority(stated: str) -> None:
    """An arbitration body, a town hall's local police or an association is not the courts or the police."""
    assert POLICY.authority_named(stated) is None


@pytest.mark.parametrize("stated", ["în luna mai 2026", "Primăria Cluj", ""])
def test_words_that_name_no_authority_match_nothing(stated: str) -> None:
    """An acronym is matched in capitals only ("mai" is May) and an unknown body names nobody."""
    assert POLICY.authority_named(stated) is None


def test_a_seal_identity_needs_both_o_and_organization_identifier(tmp_path: Path) -> None:
    """A signing identity with an O alone is refused: anyone can write an O in a request."""
    path = tmp_path / "p.toml"
    path.write_text(
        '[[authorities]]\nname = "X"\nsigning_identities = [{ organization = "IPJ" }]\n', "utf-8"
    )
    with pytest.raises(PolicyError):
        load_policy(path)


def test_a_seal_matches_on_o_and_identifier_and_a_certificate_on_its_fingerprint(
    tmp_path: Path,
) -> None:
    """Seal: O and organizationIdentifier both; officer: the SHA-256 of the certificate's DER."""
    path = tmp_path / "p.toml"
    path.write_text(
        '[[authorities]]\nname = "X"\nsigning_identities = ['
        '{ organization = "IPJ CLUJ", organization_identifier = "VATRO-1" }, '
        f'{{ certificate_sha256 = "{"ab" * 32}" }}]\n',
        "utf-8",
    )
    policy = load_policy(path)
    assert [a.name for a in policy.authorities_signed_by("IPJ Cluj", "VATRO-1", None)] == ["X"]
    assert policy.authorities_signed_by("IPJ CLUJ", "VATRO-2", None) == []
    assert policy.authorities_signed_by("IPJ CLUJ", None, None) == []
    assert [a.name for a in policy.authorities_signed_by(None, None, "AB" * 32)] == ["X"]


# A registry as a legal team writes it: one entry per office, by its full name
# only (no aliases, no acronyms), several offices sharing one mail domain.
OFFICES = """
[[authorities]]
name = "Ministerul Afacerilor Interne"
kind = "other"
domains = ["mai.gov.ro"]

[[authorities]]
name = "Inspectoratul General al Poliției Române"
kind = "police"
domains = ["politiaromana.ro"]

[[authorities]]
name = "Inspectoratul de Poliție Județean Argeș"
kind = "police"
domains = ["ag.politiaromana.ro"]

[[authorities]]
name = "Inspectoratul de Poliție Județean Satu Mare"
kind = "police"
domains = ["sm.politiaromana.ro"]

[[authorities]]
name = "Direcția Generală de Poliție a Municipiului București"
kind = "police"
domains = ["b.politiaromana.ro"]

[[authorities]]
name = "Parchetul de pe lângă Judecătoria Pitești"
kind = "prosecutor"
domains = ["mpublic.ro"]

[[authorities]]
name = "Parchetul de pe lângă Tribunalul Argeș"
kind = "prosecutor"
domains = ["mpublic.ro"]

[[authorities]]
name = "Direcția Națională Anticorupție"
kind = "prosecutor"
domains = ["pna.ro"]

[[authorities]]
name = "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism"
kind = "prosecutor"
domains = ["diicot.ro"]

[[authorities]]
name = "Tribunalul Argeș"
kind = "court"
domains = ["just.ro"]

[[authorities]]
name = "Inspectoratul General al Poliției de Frontieră"
aliases = ["Poliția de Frontieră Română"]
kind = "police"
domains = ["politiadefrontiera.ro"]

[[authorities]]
name = "Inspectoratul Teritorial al Poliției de Frontieră Giurgiu"
kind = "police"
domains = ["politiadefrontiera.ro"]
"""


@pytest.fixture(scope="module")
def offices(tmp_path_factory: pytest.TempPathFactory) -> Policy:
    path = tmp_path_factory.mktemp("offices") / "policy.toml"
    path.write_text(OFFICES, "utf-8")
    return load_policy(path)


@pytest.mark.parametrize(
    ("stated", "authority"),
    [
        # Acronyms read off the registry's own names, dotted or not.
        ("DGPMB – Secția 21 Poliție", "Direcția Generală de Poliție a Municipiului București"),
        ("IPJ Argeș", "Inspectoratul de Poliție Județean Argeș"),
        (
            "I.P.J. Satu Mare – Poliția Municipiului Carei",
            "Inspectoratul de Poliție Județean Satu Mare",
        ),
        ("DNA – Serviciul Teritorial Pitești", "Direcția Națională Anticorupție"),
        (
            "D.I.I.C.O.T. – Serviciul Teritorial Pitești",
            "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism",
        ),
        # A heading's lines top-down: the unit belongs to the institution above it.
        (
            "ROMÂNIA\nMINISTERUL AFACERILOR INTERNE\nINSPECTORATUL DE POLIȚIE JUDEȚEAN ARGEȘ\n"
            "POLIȚIA MUNICIPIULUI CÂMPULUNG\nBiroul de Investigații Criminale",
            "Inspectoratul de Poliție Județean Argeș",
        ),
        (
            "MINISTERUL PUBLIC\nPARCHETUL DE PE LÂNGĂ ÎNALTA CURTE DE CASAȚIE ȘI JUSTIȚIE\n"
            "DIRECȚIA NAȚIONALĂ ANTICORUPȚIE\nSERVICIUL TERITORIAL PITEȘTI",
            "Direcția Națională Anticorupție",
        ),
        ("Parchetul de pe lângă Tribunalul Argeș", "Parchetul de pe lângă Tribunalul Argeș"),
        ("Tribunalul Argeș – Secția penală", "Tribunalul Argeș"),
        # English headings.
        (
            "Arges County Police Inspectorate, Romanian Police",
            "Inspectoratul de Poliție Județean Argeș",
        ),
        (
            "Romanian Police\nSatu Mare County Police Inspectorate\nCarei Municipal Police",
            "Inspectoratul de Poliție Județean Satu Mare",
        ),
        (
            "National Anticorruption Directorate – Pitesti Territorial Service",
            "Direcția Națională Anticorupție",
        ),
        # The border police in English: the national inspectorate, a territorial one.
        (
            "ROMANIAN BORDER POLICE\nJoint Contact Centre Giurgiu - Ruse",
            "Inspectoratul General al Poliției de Frontieră",
        ),
        (
            "Romanian Border Police\nGiurgiu Territorial Border Police Inspectorate",
            "Inspectoratul Teritorial al Poliției de Frontieră Giurgiu",
        ),
    ],
)
def test_a_unit_is_read_as_the_registry_institution_above_it(
    offices: Policy, stated: str, authority: str
) -> None:
    """Acronyms, units under their institution, headings top-down and English names find the office."""
    found = offices.authority_named(stated)
    assert found is not None and found.name == authority


@pytest.mark.parametrize(
    "stated",
    [
        "Poliția Municipiului Câmpulung",  # a unit alone: its institution is not named
        "INSPECTORATUL DE POLIȚIE JUDEȚEAN ARGEȘ\nPARCHETUL DE PE LÂNGĂ TRIBUNALUL ARGEȘ",
        "IPJ Argeș\nDIICOT – Serviciul Teritorial Pitești",
        "Tribunalul Argeș\nDirecția Națională Anticorupție",
    ],
)
def test_institutions_of_no_one_hierarchy_name_nobody(offices: Policy, stated: str) -> None:
    """A heading setting a prosecutor's office under the police, or a court over the DNA, states no one authority."""
    assert offices.authority_named(stated) is None


def test_a_shared_domain_names_every_office_that_lists_it(offices: Policy) -> None:
    """mpublic.ro proves one of the prosecutor's offices sharing it, not the first one listed."""
    names = [a.name for a in offices.authorities_for_domain("mpublic.ro")]
    assert names == [
        "Parchetul de pe lângă Judecătoria Pitești",
        "Parchetul de pe lângă Tribunalul Argeș",
    ]
    assert [a.name for a in offices.authorities_for_domain("ag.politiaromana.ro")] == [
        "Inspectoratul de Poliție Județean Argeș"
    ]


def test_a_heading_is_the_institution_lines_at_the_top_of_the_letter() -> None:
    """Markings and the country are passed; a wrapped name is kept; the heading ends at the number."""
    text = (
        "NESECRET\nROMÂNIA\nMINISTERUL PUBLIC\n"
        "DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE\nORGANIZATĂ ȘI TERORISM\n"
        "Serviciul Teritorial Pitești\nNr. 1.234/D/2026 din 02.12.2026\n"
        "Către OKAZII.RO\nTribunalul Argeș a încuviințat măsura.\n"
    )
    assert heading_lines(text) == [
        "ROMÂNIA",
        "MINISTERUL PUBLIC",
        "DIRECȚIA DE INVESTIGARE A INFRACȚIUNILOR DE CRIMINALITATE",
        "ORGANIZATĂ ȘI TERORISM",
        "Serviciul Teritorial Pitești",
    ]


# --------------------------------------------------------------------------- units (`parent`)

UNITS = """
[[authorities]]
name = "Poliția Română"
kind = "police"
domains = ["politiaromana.ro"]
aliases = ["Poliția Municipiului"]
phone_numbers = ["021 000 0000"]

[[authorities]]
name = "Inspectoratul de Poliție Județean Cluj"
kind = "police"
parent = "Poliția Română"
domains = ["cj.politiaromana.ro"]

[[authorities]]
name = "Inspectoratul de Poliție Județean Iași"
kind = "police"
parent = "Poliția Română"
domains = ["is.politiaromana.ro"]
"""
CLUJ, IASI, RO = (
    "Inspectoratul de Poliție Județean Cluj",
    "Inspectoratul de Poliție Județean Iași",
    "Poliția Română",
)


@pytest.fixture()
def units(tmp_path: Path) -> Policy:
    path = tmp_path / "units.toml"
    path.write_text(UNITS, "utf-8")
    return load_policy(path)


def test_a_unit_is_covered_by_the_institution_above_it_never_the_reverse(units: Policy) -> None:
    """A letter stating the Poliția Română may come from IPJ Cluj; IPJ Cluj's not from Iași's
    mailbox nor from the national one."""
    assert units.ancestors(CLUJ) == [RO] and units.ancestors(RO) == []
    assert units.covers(RO, CLUJ) and units.covers(CLUJ, CLUJ)
    assert not units.covers(CLUJ, RO) and not units.covers(CLUJ, IASI)
    assert units.related(CLUJ, RO) and not units.related(CLUJ, IASI)


def test_a_unit_named_in_a_heading_outranks_its_parent(units: Policy) -> None:
    """The unit is the issuer though the parent's alias ("Poliția Municipiului") comes after it."""
    stated = "Inspectoratul de Poliție Județean Cluj\nPoliția Municipiului Turda"
    assert units.authority_named(stated).name == CLUJ
    assert units.authority_named("IPJ Cluj").name == CLUJ  # initials of the unit's name
    assert units.authority_named("Poliția Municipiului Turda").name == RO


def test_a_unit_domain_is_the_units_even_under_a_wildcard_above_it(tmp_path: Path) -> None:
    path = tmp_path / "wild.toml"
    path.write_text(
        UNITS.replace('["politiaromana.ro"]', '["politiaromana.ro", "*.politiaromana.ro"]')
    )
    policy = load_policy(path)
    assert [a.name for a in policy.authorities_for_domain("cj.politiaromana.ro")] == [CLUJ]
    assert [a.name for a in policy.authorities_for_domain("stiri.politiaromana.ro")] == [RO]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ('parent = "Poliția Română"\ndomains = ["cj', 'parent = "Poliția"\ndomains = ["cj'),
            "no authority named 'Poliția'",
        ),
        (
            (
                'domains = ["politiaromana.ro"]',
                'domains = ["politiaromana.ro", "cj.politiaromana.ro"]',
            ),
            "both list cj.politiaromana.ro",
        ),
        (
            (
                'domains = ["politiaromana.ro"]',
                'parent = "Inspectoratul de Poliție Județean Cluj"\ndomains = ["politiaromana.ro"]',
            ),
            "loops",
        ),
    ],
)
def test_a_parent_must_exist_end_and_own_none_of_its_units_domains(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(UNITS.replace(*change, 1), "utf-8")
    with pytest.raises(PolicyError) as err:
        load_policy(path)
    assert message in str(err.value) and "parent" in str(err.value)
