"""Class 3: the authority a letter states was never compared with the one that sent it.

A court clerk's just.ro mailbox sending a letter headed by DIICOT verified. The
authority the letter states (read through the registry's names, aliases and
acronyms) must be the one the channel authenticated and the signer's.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import letter, mailed
from tests.samples.signatures.world import World, letter_pdf, sign_pdf

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
]
