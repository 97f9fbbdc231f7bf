"""Class 3: the authority a letter states was never compared with the one that sent it.

A court clerk's just.ro mailbox sending a letter headed by DIICOT verified. The
authority the letter states (read through the registry's names, aliases and
acronyms) must be the one the channel authenticated and the signer's.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import letter, mailed
from tests.samples.signatures.world import (
    SEALS,
    World,
    _toml_value,
    letter_pdf,
    seal_identity,
    sign_pdf,
)

CLS = "authority_mismatch"
DIICOT_CJ = "DIICOT – Serviciul Teritorial Cluj"
DIICOT_FULL = (
    "Parchetul de pe lângă Înalta Curte de Casație și Justiție\nDIICOT – Serviciul Teritorial Cluj"
)


def _court_mailbox_diicot_letter_court_seal(w: World) -> Submission:
    pdf = sign_pdf(letter_pdf(letter(DIICOT_CJ)), w.seals["court"])
    return mailed(
        w, pdf, sender="grefa@tribunalul-cluj.just.ro", domain="just.ro", display="Tribunalul Cluj"
    )


def _court_mailbox_diicot_letter_diicot_seal(w: World) -> Submission:
    # A genuine DIICOT-signed PDF forwarded from a court mailbox as if it were the court's request.
    pdf = sign_pdf(letter_pdf(letter(DIICOT_CJ)), w.seals["diicot"])
    return mailed(w, pdf, sender="grefa@just.ro", domain="just.ro", display="Grefa")


def _police_mailbox_parchet_letter(w: World) -> Submission:
    pdf = sign_pdf(letter_pdf(letter("Parchetul de pe lângă Tribunalul Cluj")), w.signer)
    return mailed(w, pdf)


def _police_mailbox_court_letter_unsigned_header(w: World) -> Submission:
    # The police-signed letter is genuine; the mail names a court in its own words.
    pdf = sign_pdf(letter_pdf(letter("Judecătoria Cluj-Napoca")), w.seals["ipj_cluj"])
    return mailed(w, pdf)


def _diicot(w: World) -> Submission:
    pdf = sign_pdf(letter_pdf(letter(DIICOT_CJ)), w.seals["diicot"])
    return mailed(w, pdf, sender="cluj@diicot.ro", domain="diicot.ro", display="DIICOT Cluj")


def _diicot_under_iccj_heading(w: World) -> Submission:
    pdf = sign_pdf(letter_pdf(letter(DIICOT_FULL)), w.seals["diicot"])
    return mailed(w, pdf, sender="cluj@diicot.ro", domain="diicot.ro", display="DIICOT Cluj")


def _police_station(w: World) -> Submission:
    heading = "Poliția Municipiului Cluj-Napoca\nSecția 2 Poliție"
    pdf = sign_pdf(letter_pdf(letter(heading)), w.signer)
    return mailed(w, pdf)


# One registry entry per office, by its full name only (no aliases, no acronyms),
# as a legal team writes it: two prosecutor's offices share mpublic.ro and two
# courts just.ro, and the one listed first is never the one that writes.
def _offices_toml(w: World) -> str:
    offices: list[dict[str, object]] = [
        {
            "name": "Inspectoratul de Poliție Județean Cluj",
            "kind": "police",
            "domains": ["cj.politiaromana.ro"],
            "signing_identities": [
                seal_identity(SEALS["ipj_cluj"]),
                {"certificate_sha256": w.fingerprint(w.signer)},
            ],
        },
        {
            "name": "Parchetul de pe lângă Judecătoria Turda",
            "kind": "prosecutor",
            "phone_numbers": ["+40 21 000 0701"],
        },
        {
            "name": "Parchetul de pe lângă Tribunalul Cluj",
            "kind": "prosecutor",
            "phone_numbers": ["+40 21 000 0702"],
            "signing_identities": [seal_identity(SEALS["parchet"])],
        },
        {"name": "Judecătoria Turda", "kind": "court", "domains": ["just.ro"]},
        {
            "name": "Tribunalul Cluj",
            "kind": "court",
            "domains": ["just.ro"],
            "signing_identities": [seal_identity(SEALS["court"])],
        },
        {
            "name": "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și "
            "Terorism",
            "kind": "prosecutor",
            "domains": ["diicot.ro"],
            "signing_identities": [seal_identity(SEALS["diicot"])],
        },
    ]
    out: list[str] = []
    for office in offices:
        office.setdefault("domains", ["mpublic.ro"])
        office.setdefault("confirmed", True)
        out.append("[[authorities]]")
        out += [f"{k} = {_toml_value(v)}" for k, v in office.items()]
        out.append("")
    return "\n".join(out)


PTCJ = "MINISTERUL PUBLIC\nPARCHETUL DE PE LÂNGĂ TRIBUNALUL CLUJ"
TURDA = "ROMÂNIA\nINSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ\nPOLIȚIA MUNICIPIULUI TURDA\nBiroul de Investigații"


def _second_office_on_a_shared_domain(w: World) -> Submission:
    pdf = sign_pdf(letter_pdf(letter(PTCJ)), w.seals["parchet"])
    return mailed(w, pdf, sender="registratura.ptcj@mpublic.ro", domain="mpublic.ro", display="")


def _shared_domain_seal_of_one_office_letter_of_another(w: World) -> Submission:
    # The Tribunalul Cluj office's genuine seal on a letter headed by the Turda office.
    heading = "MINISTERUL PUBLIC\nPARCHETUL DE PE LÂNGĂ JUDECĂTORIA TURDA"
    pdf = sign_pdf(letter_pdf(letter(heading)), w.seals["parchet"])
    return mailed(w, pdf, sender="registratura.ptcj@mpublic.ro", domain="mpublic.ro", display="")


def _second_court_on_a_shared_domain(w: World) -> Submission:
    pdf = sign_pdf(letter_pdf(letter("ROMÂNIA\nTRIBUNALUL CLUJ\nSECȚIA PENALĂ")), w.seals["court"])
    return mailed(w, pdf, sender="tr-cluj-penal@just.ro", domain="just.ro", display="")


def _court_mailbox_prosecutor_letter(w: World) -> Submission:
    # A prosecutor's genuinely sealed letter sent from a court's mailbox (another domain).
    pdf = sign_pdf(letter_pdf(letter(PTCJ)), w.seals["parchet"])
    return mailed(w, pdf, sender="tr-cluj-penal@just.ro", domain="just.ro", display="")


def _municipal_police_under_its_inspectorate(w: World) -> Submission:
    return mailed(w, sign_pdf(letter_pdf(letter(TURDA)), w.seals["ipj_cluj"]))


def _acronym_heading_and_territorial_service(w: World) -> Submission:
    heading = "PARCHETUL DE PE LÂNGĂ Î.C.C.J.\nD.I.I.C.O.T. – Serviciul Teritorial Cluj"
    pdf = sign_pdf(letter_pdf(letter(heading)), w.seals["diicot"])
    return mailed(w, pdf, sender="cluj@diicot.ro", domain="diicot.ro", display="")


def _english_county_police_heading(w: World) -> Submission:
    heading = "ROMANIAN POLICE\nCluj County Police Inspectorate\nCybercrime Unit"
    return mailed(w, sign_pdf(letter_pdf(letter(heading)), w.seals["ipj_cluj"]))


def _police_heading_over_a_prosecutors_office(w: World) -> Submission:
    # The police's own seal and mailbox, but the heading sets a prosecutor's office under it.
    heading = "INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ\nPARCHETUL DE PE LÂNGĂ TRIBUNALUL CLUJ"
    return mailed(w, sign_pdf(letter_pdf(letter(heading)), w.seals["ipj_cluj"]))


def _police_seal_on_a_diicot_unit(w: World) -> Submission:
    heading = "IPJ Cluj\nDIICOT – Serviciul Teritorial Cluj"
    return mailed(w, sign_pdf(letter_pdf(letter(heading)), w.seals["ipj_cluj"]))


ATTACKS = [
    Attack(
        CLS,
        "court_mailbox_diicot_letter_court_seal",
        False,
        _court_mailbox_diicot_letter_court_seal,
        policy_toml=World.policy_toml,
    ),
    Attack(
        CLS,
        "court_mailbox_diicot_letter_diicot_seal",
        False,
        _court_mailbox_diicot_letter_diicot_seal,
        policy_toml=World.policy_toml,
    ),
    Attack(
        CLS,
        "police_mailbox_parchet_letter",
        False,
        _police_mailbox_parchet_letter,
        policy_toml=World.policy_toml,
    ),
    Attack(
        CLS,
        "police_mailbox_court_letter",
        False,
        _police_mailbox_court_letter_unsigned_header,
        policy_toml=World.policy_toml,
    ),
    Attack(CLS, "diicot_territorial_service", True, _diicot, policy_toml=World.policy_toml),
    Attack(
        CLS,
        "diicot_under_parchet_iccj_heading",
        True,
        _diicot_under_iccj_heading,
        policy_toml=World.policy_toml,
    ),
    Attack(CLS, "police_station_heading", True, _police_station, policy_toml=World.policy_toml),
    Attack(
        CLS,
        "second_office_on_a_shared_domain",
        True,
        _second_office_on_a_shared_domain,
        policy_toml=_offices_toml,
        note="mpublic.ro proves one of the offices sharing it; the seal and heading say which",
    ),
    Attack(
        CLS,
        "second_court_on_a_shared_domain",
        True,
        _second_court_on_a_shared_domain,
        policy_toml=_offices_toml,
    ),
    Attack(
        CLS,
        "shared_domain_seal_of_one_office_letter_of_another",
        False,
        _shared_domain_seal_of_one_office_letter_of_another,
        policy_toml=_offices_toml,
    ),
    Attack(
        CLS,
        "court_mailbox_prosecutor_letter",
        False,
        _court_mailbox_prosecutor_letter,
        policy_toml=_offices_toml,
    ),
    Attack(
        CLS,
        "municipal_police_under_its_inspectorate",
        True,
        _municipal_police_under_its_inspectorate,
        policy_toml=_offices_toml,
        note="a unit the registry does not list belongs to the institution above it",
    ),
    Attack(
        CLS,
        "dotted_acronyms_territorial_service",
        True,
        _acronym_heading_and_territorial_service,
        policy_toml=_offices_toml,
    ),
    Attack(
        CLS,
        "english_county_police_heading",
        True,
        _english_county_police_heading,
        policy_toml=_offices_toml,
    ),
    Attack(
        CLS,
        "police_heading_over_a_prosecutors_office",
        False,
        _police_heading_over_a_prosecutors_office,
        policy_toml=_offices_toml,
    ),
    Attack(
        CLS,
        "police_seal_on_a_diicot_unit",
        False,
        _police_seal_on_a_diicot_unit,
        policy_toml=_offices_toml,
    ),
]
