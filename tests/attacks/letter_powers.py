"""A bound signature on a letter that asks beyond its power, or that its signatory never signed.

Blind round 13 (its development split) showed two ways a letter from the
authority's own mailbox, signed by an identity the registry binds to it, is still
no request to answer as it stands:

- **Traffic data on a basis that excludes them.** Art. 170 CPP, the usual
  production order, reaches a user's data "other than traffic or content data"
  (its para. 3); traffic data need art. 152/153 CPP with the approval of a judge
  of rights and liberties. A request for "datele de trafic" under art. 170 alone
  leaves `content` missing (`letter.beyond_basis`): a person reads it and asks.
  The messages users exchanged on the platform are not held to this rule: eleven
  independent writers of genuine requests, over twelve rounds, ask for them under
  art. 170 (DESIGN, "Blind material, round 13").
- **A colleague's personal certificate.** A person's certificate vouches for its
  holder only: a letter stating "Comisar-șef Crișan" as its signatory, signed with
  officer Popescu's own certificate, was signed by someone it never names
  (`letter.signer_not_signatory`, `signer_authority` missing). A seal signs for
  whoever the letter names; a "p." block that names the one who signs is his.

Round 14's blind split, spent at round 15's arrival, showed two more:

- **The police invoking art. 152 alone.** Art. 152 (and 153) are the prosecutor's
  measures, by ordonanță, with the judge's prior approval: a police letter resting on
  them that states neither is no order to execute (`letter.measure_without_order`).
- **The drafter's certificate.** The letter's signatory is the chief; it is signed
  with the certificate of the officer named only on its drafting line ("Întocmit:
  insp. pr. Ene Bogdan") and in the answer mailbox ("bogdan.ene@…"): neither makes
  him the one who signs (`letter.signer_not_signatory`).

Controls: traffic data under art. 152, or with the judge's approval stated; an
offence of trafficking ("trafic de droguri") asked nothing of traffic data; the
officer's certificate on his own letter, and on a letter signed "p." by him; the
police executing a prosecutor's ordonanță under art. 152 approved by the judge.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, IPJ, mailed
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World, letter_pdf, sign_pdf

CLS = "letter_powers"


def _request(basis: str, data: str, *, before: str = "", signed: str = "") -> str:
    return (
        f"{IPJ}\nNr. 123.456 din 12.11.2026\n\nCătre OKAZII.RO\n\n"
        f"În dosarul penal nr. 4567/P/2026{before}, în baza {basis} Cod procedură penală, "
        f"vă rugăm să ne comunicați {data} ale utilizatorului ion_vanzator88.\n\n"
        + (signed or "Comisar de poliție Popescu Ion\n")
    )


def _sealed(text: str) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        return mailed(w, sealed_letter(w, text), body=COVER)

    return build


def _officer_signed(text: str) -> Callable[[World], Submission]:
    """`text` signed with the bound officer's own certificate ("Popescu Ion")."""

    def build(w: World) -> Submission:
        return mailed(w, sign_pdf(letter_pdf(text), w.signer), body=COVER)

    return build


def _policy(w: World) -> str:
    return w.policy_toml()


_TRAFFIC = "datele de trafic (adresele IP, data și ora fiecărei conectări)"
_DRAFTED = (
    "Răspunsul va fi transmis pe adresa de e-mail ion.popescu@cj.politiaromana.ro.\n\n"
    + "Comisar-șef de poliție Crișan Vlad-Ionuț\n\nÎntocmit: insp. pr. Popescu Ion / 2 ex.\n"
)
_CHIEF = "Comisar-șef de poliție Crișan Vlad-Ionuț\n"

ATTACKS = [
    Attack(
        CLS,
        "traffic_data_under_art_170_alone",
        False,
        _sealed(_request("art. 170", _TRAFFIC)),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "colleague_personal_certificate_for_stated_signatory",
        False,
        _officer_signed(_request("art. 170", "datele de identificare", signed=_CHIEF)),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "police_invoke_art_152_alone",
        False,
        _sealed(_request("art. 152", "adresele IP și orele conectărilor")),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "drafters_certificate_on_the_chiefs_letter",
        False,
        _officer_signed(_request("art. 170", "datele de identificare", signed=_DRAFTED)),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "genuine_police_execute_the_prosecutors_approved_order",
        True,
        _sealed(
            _request(
                "art. 152",
                "adresele IP și orele conectărilor",
                before=(
                    ", în executarea ordonanței procurorului nr. 611/D/P/2026, autorizată prin "
                    "încheierea nr. 2211/UP/2026 a judecătorului de drepturi și libertăți"
                ),
            )
        ),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "genuine_traffic_data_under_art_152",
        True,
        # the police execute the prosecutor's order: art. 152 is his measure (round 14)
        _sealed(
            _request(
                "art. 152 și art. 170",
                _TRAFFIC,
                before=", în executarea ordonanței procurorului din 10.11.2026",
            )
        ),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "genuine_traffic_data_with_the_judges_approval",
        True,
        _sealed(
            _request(
                "art. 170",
                _TRAFFIC,
                before=(
                    ", cu încuviințarea judecătorului de drepturi și libertăți "
                    "(încheierea nr. 312 din 10.11.2026)"
                ),
            )
        ),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "genuine_trafficking_offence_is_no_traffic_data",
        True,
        _sealed(
            _request(
                "art. 170",
                "datele de identificare și istoricul tranzacțiilor",
                before=", privind infracțiunea de trafic de droguri",
            )
        ),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "genuine_officer_certificate_on_his_own_letter",
        True,
        _officer_signed(_request("art. 170", "datele de identificare")),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "genuine_officer_signs_for_his_chief",
        True,
        _officer_signed(
            _request(
                "art. 170",
                "datele de identificare",
                signed="p. Șef serviciu,\n" + _CHIEF + "Comisar de poliție Popescu Ion\n",
            )
        ),
        policy_toml=_policy,
    ),
]
