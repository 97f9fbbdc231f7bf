"""Red team (genuine controls): a police cover note that restates its own signed letter.

Officers rarely send a bare "see attached": the mail body says what the
attached, signed letter asks for, in its own words. `signed_content`
(router/signatures/binding.py) then asks the signed PDF to state each
requested-data item as the extractors cut it from the body, and
`parsers/fields/requested.requested_data` keeps the item's tail ("… ale
utilizatorului ion_vanzator88"): a restatement with the same data, user and
case in another order or grammatical form is "not stated by the signed PDF",
and a genuine request is `incomplete`, its reply draft asking the police to
send again what they sent. The same happens to a signed letter sent with
its annexes (the complainant's own statement, unsigned): every user or
address the annex mentions becomes a subject of the request that the signed
letter "does not state". These controls must be `verified`.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, IPJ, mailed
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World, letter_pdf

CLS = "redteam_cover_note"
HELLO = "Bună ziua,\n\nVă transmitem alăturat adresa nr. 123.456 din 12.11.2026, "
BYE = "\n\nCu stimă,\nComisar de poliție Popescu Ion\n"


def _mail(w: World, middle: str) -> Submission:
    # The letter: "… vă rugăm să ne comunicați datele de identificare și istoricul
    # tranzacțiilor ale utilizatorului ion_vanzator88." signed by the bound IPJ seal.
    return mailed(w, sealed_letter(w), body=HELLO + middle + BYE)


def _one_item_with_user(w: World) -> Submission:
    return _mail(
        w,
        "prin care vă rugăm să ne comunicați datele de identificare ale utilizatorului "
        "ion_vanzator88.",
    )


def _items_without_ale(w: World) -> Submission:
    return _mail(
        w,
        "prin care vă rugăm să ne comunicați datele de identificare și istoricul "
        "tranzacțiilor utilizatorului ion_vanzator88.",
    )


def _same_words(w: World) -> Submission:
    return _mail(w, "privind utilizatorul ion_vanzator88 (dosar penal nr. 4567/P/2026).")


def _with_annexed_complaint(w: World) -> Submission:
    complaint = (
        "Sesizare\n\nSubsemnata Pop Elena, utilizator OKAZII maria_cumparatoare77, reclam faptul "
        "că am plătit suma de 1.250 lei vânzătorului ion_vanzator88 pentru un telefon care nu a "
        "mai fost livrat. Am comunicat cu acesta și pe adresa ion.v88@yahoo.com.\n"
    )
    raw = w.mail(
        "politia.cluj@cj.politiaromana.ro",
        display=IPJ,
        body=COVER + "\nAnexăm și sesizarea petentei.\n",
        attachments=(("adresa.pdf", sealed_letter(w)), ("sesizare.pdf", letter_pdf(complaint))),
        dkim_domain="cj.politiaromana.ro",
    )
    return Submission(raw, channel="folder", filename="adresa.eml")


def _policy(w: World) -> str:
    return w.policy_toml()


ATTACKS = [
    Attack(
        CLS,
        "genuine_cover_restates_one_item_for_the_user",
        True,
        _one_item_with_user,
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "genuine_cover_restates_items_in_genitive",
        True,
        _items_without_ale,
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "genuine_signed_letter_with_unsigned_annexed_complaint",
        True,
        _with_annexed_complaint,
        policy_toml=_policy,
        absent_from_fields=("maria_cumparatoare77",),
    ),
    Attack(CLS, "genuine_cover_names_user_and_case", True, _same_words, policy_toml=_policy),
]
