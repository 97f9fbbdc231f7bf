"""Genuine channel and bound signature, but the act or its signer is not what it claims.

Round 15's spent blind split and round 16's development split showed five ways a
mailbox the registry lists and a certificate the registry binds still carry no order
of the authority (each `content` or `signer_authority` *missing*: the letter may be
genuine, and a person asks the authority at its registry number):

- **A seal dated after the mail was sent** (`timing.signed_after_sent`): the PDF's
  stated signing time is two days after the authority's own mail server signed the
  mail (DKIM `t=`): a document sealed after the fact and slipped into an older mail.
- **A police officer signs the prosecutors' office's act**
  (`signatory.signatory_of_another_body`): DIICOT's mailbox and seal over an
  ordonanță whose only signatory is "Comisar de poliție …".
- **An order reaching users its approval excludes** (`scope.beyond_approval`): the
  ordonanță quotes the judge's approval as given "exclusiv cu privire la" one account
  and orders data for three.
- **A seal identity on a certificate that is no qualified seal**
  (`consistency._signer_check`): the CA's *test* certificate carrying the
  inspectorate's O and organizationIdentifier, with no QC statement.
- **The absent chief's token on his deputy's letter** (`letter.signer_not_signatory`):
  the chief's own certificate signs a letter that says he is on leave and is signed
  "p." by his deputy.

Controls: a seal dated before the mail; a prosecutor signing with a police officer
named as delegated in the text; an approval for every user asked about; a deputy's
own certificate on a letter he signs "p." for his chief.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from tests.attacks.harness import Attack, Submission
from tests.attacks.letter_powers import _officer_signed
from tests.attacks.letters import IPJ, mailed
from tests.samples.signatures.world import SEALS, World, issue, letter_pdf, sign_pdf

CLS = "act_and_signer"

_DIICOT = (
    "Direcția de Investigare a Infracțiunilor de Criminalitate Organizată și Terorism\n"
    "Dosar nr. 412/D/P/2026\n\nORDONANȚĂ\ndin 12.11.2026\n\n"
)


def _police_letter(signed: str = "Comisar de poliție Popescu Ion\n") -> str:
    return (
        f"{IPJ}\nNr. 123.456 din 12.11.2026\n\nCătre OKAZII.RO\n\n"
        "În dosarul penal nr. 4567/P/2026, în baza art. 170 Cod procedură penală, vă rugăm "
        "să ne comunicați datele de identificare ale utilizatorului ion_vanzator88.\n\n" + signed
    )


def _ordonanta(recital: str, users: str, signed: str) -> str:
    return (
        f"{_DIICOT}Procuror Radu Claudiu,\n\n{recital}"
        "În temeiul art. 152 din Codul de procedură penală,\n\nDISPUN:\n\n"
        f"S.C. OKAZII ONLINE S.R.L. va comunica, pentru conturile de utilizator {users}, "
        "datele de trafic (adresele IP, data și ora fiecărei conectări) pentru perioada "
        "01.09.2026 - 29.11.2026.\n\n" + signed
    )


_APPROVED_ONE = (
    "Având în vedere încheierea nr. 744/UP din 10.11.2026 a judecătorului de drepturi și "
    "libertăți, prin care s-a încuviințat obținerea datelor de trafic exclusiv cu privire "
    "la contul de utilizator crypto.ardeal,\n"
)
_APPROVED_ALL = (
    "Având în vedere încheierea nr. 744/UP din 10.11.2026 a judecătorului de drepturi și "
    "libertăți, prin care s-a încuviințat obținerea datelor de trafic cu privire la "
    "conturile crypto.ardeal și moneda.rapida,\n"
)


def _diicot_sealed(text: str) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        pdf = sign_pdf(letter_pdf(text), w.seals["diicot"])
        return mailed(w, pdf, sender="scci@diicot.ro", domain="diicot.ro", display="DIICOT")

    return build


def _sealed_at(days: float) -> Callable[[World], Submission]:
    """The IPJ letter sealed `days` after now, mailed (and DKIM-signed) now."""

    def build(w: World) -> Submission:
        at = dt.datetime.now(dt.UTC) + dt.timedelta(days=days)
        return mailed(w, sign_pdf(letter_pdf(_police_letter()), w.seals["ipj_cluj"], at=at))

    return build


def _test_certificate(w: World) -> Submission:
    org, org_id = SEALS["ipj_cluj"]
    test = issue("IPJ CLUJ - SIGILIU TEST", w.ca, org=org, org_id=org_id, qualified=False)
    return mailed(w, sign_pdf(letter_pdf(_police_letter()), test))


_AWAY = (
    "p. ȘEF SERVICIU\nComisar-șef de poliție Popescu Ion\n(aflat în concediu de odihnă)\n"
    "Înlocuitor la comandă,\nComisar de poliție Crișan Vlad\n"
)
_FOR_CHIEF = "p. ȘEF SERVICIU\nComisar-șef de poliție Crișan Vlad\nComisar de poliție Popescu Ion\n"


def _policy(w: World) -> str:
    return w.policy_toml()


ATTACKS = [
    Attack(CLS, "seal_dated_after_the_mail_was_sent", False, _sealed_at(2), policy_toml=_policy),
    Attack(
        CLS,
        "police_officer_signs_the_prosecutors_ordonanta",
        False,
        _diicot_sealed(
            _ordonanta(
                _APPROVED_ALL,
                "crypto.ardeal și moneda.rapida",
                "Comisar de poliție Nistor Vasile\n",
            )
        ),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "order_reaches_users_its_approval_excludes",
        False,
        _diicot_sealed(
            _ordonanta(
                _APPROVED_ONE,
                "crypto.ardeal, moneda.rapida și schimb.valutar.24",
                "PROCUROR\nRadu Claudiu\n",
            )
        ),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "test_certificate_with_the_seals_o_and_orgid",
        False,
        _test_certificate,
        policy_toml=_policy,
    ),  # fmt: skip
    Attack(
        CLS,
        "absent_chiefs_token_on_his_deputys_letter",
        False,
        _officer_signed(_police_letter(_AWAY)),
        policy_toml=_policy,
    ),
    Attack(CLS, "genuine_seal_dated_before_the_mail", True, _sealed_at(-0.5), policy_toml=_policy),
    Attack(
        CLS,
        "genuine_prosecutor_signs_with_a_delegated_officer_named",
        True,
        _diicot_sealed(
            _ordonanta(
                _APPROVED_ALL
                + "Punerea în executare se deleagă comisarului de poliție Nistor Vasile.\n",
                "crypto.ardeal și moneda.rapida",
                "PROCUROR\nRadu Claudiu\n",
            )
        ),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "genuine_deputy_signs_for_his_chief",
        True,
        _officer_signed(_police_letter(_FOR_CHIEF)),
        policy_toml=_policy,
    ),
]
