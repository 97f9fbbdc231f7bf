"""Class 2: any certificate under a pinned root passed; the signer was never tied to the authority.

A qualified certificate is anyone's to buy: a private person's signature on a
police letter, sent from the police mailbox or dropped as a file, must not
verify. The signer is the authenticator only when the registry binds it to
the authority (`signing_identities`); bound to another authority, suspicious.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import letter, mailed
from tests.samples.signatures.world import World, issue, letter_pdf, sign_pdf

CLS = "signer_identity"


def _private_mailed(w: World) -> Submission:
    assert w.private is not None
    return mailed(w, sign_pdf(letter_pdf(letter()), w.private))


def _private_file(w: World) -> Submission:
    assert w.private is not None
    return Submission(sign_pdf(letter_pdf(letter()), w.private), channel="folder", filename="a.pdf")


def _same_o_no_identifier(w: World) -> Submission:
    # O spelled like the county police seal's, without its organizationIdentifier.
    fake = issue("Sigiliu IPJ", w.ca, org="INSPECTORATUL DE POLITIE JUDETEAN CLUJ")
    return mailed(w, sign_pdf(letter_pdf(letter()), fake))


def _wrong_identifier(w: World) -> Submission:
    fake = issue(
        "Sigiliu IPJ", w.ca, org="INSPECTORATUL DE POLITIE JUDETEAN CLUJ", org_id="VATRO-99999"
    )
    return Submission(sign_pdf(letter_pdf(letter()), fake), channel="post", filename="a.pdf")


def _other_authority_seal(w: World) -> Submission:
    # A genuine court seal (a PDF the court once signed, or a clerk's misuse) on a police letter.
    return mailed(w, sign_pdf(letter_pdf(letter()), w.seals["court"]))


def _bound_seal(w: World) -> Submission:
    return mailed(w, sign_pdf(letter_pdf(letter()), w.seals["ipj_cluj"]))


def _bound_seal_file(w: World) -> Submission:
    pdf = sign_pdf(letter_pdf(letter()), w.seals["ipj_cluj"])
    return Submission(pdf, channel="post", filename="adresa.pdf")


ATTACKS = [
    Attack(
        CLS,
        "private_person_pdf_from_police_mailbox",
        False,
        _private_mailed,
        policy_toml=World.policy_toml,
    ),
    Attack(
        CLS,
        "private_person_pdf_dropped_as_file",
        False,
        _private_file,
        policy_toml=World.policy_toml,
    ),
    Attack(
        CLS,
        "seal_O_without_organization_identifier",
        False,
        _same_o_no_identifier,
        policy_toml=World.policy_toml,
    ),
    Attack(
        CLS,
        "seal_O_with_wrong_organization_identifier",
        False,
        _wrong_identifier,
        policy_toml=World.policy_toml,
    ),
    Attack(
        CLS,
        "court_seal_on_police_letter",
        False,
        _other_authority_seal,
        policy_toml=World.policy_toml,
    ),
    Attack(
        CLS,
        "county_police_seal_dkim_mail",
        True,
        _bound_seal,
        policy_toml=World.policy_toml,
        note="county subdomain, DKIM, the letter signed by the bound IPJ Cluj seal",
    ),
    Attack(
        CLS, "county_police_seal_by_post", True, _bound_seal_file, policy_toml=World.policy_toml
    ),
]
