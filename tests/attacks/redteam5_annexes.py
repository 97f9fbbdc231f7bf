"""Red team 5: unsigned annexes beside a genuine signed letter.

The request is built from authenticated content (`router.signatures.annexes`):
what only an unsigned annex names (the victim's complaint, a list of
payments) is shown as unauthenticated and is no field of the request, so a
genuine letter travelling with its annexes is `verified` for what it signs.
An attacker who holds an old genuine signed letter then tries to make the
annex carry the demand: the annex asks (in Romanian, in English, for another
user, for passwords, for a longer period), the annex says where to answer,
the mail body or the signed letter itself asks for "the users in the
annex", or the annex hides a demand in a picture. None may be `verified`.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, IPJ, letter
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World, letter_pdf

CLS = "redteam5_annexes"
SENDER = "politia.cluj@cj.politiaromana.ro"
DOMAIN = "cj.politiaromana.ro"


def _with_annex(
    w: World, annex_text: str, *, body: str = COVER, signed: bytes | None = None
) -> Submission:
    raw = w.mail(
        SENDER,
        display=IPJ,
        body=body,
        attachments=(
            ("adresa.pdf", signed if signed is not None else sealed_letter(w)),
            ("anexa.pdf", letter_pdf(annex_text)),
        ),
        dkim_domain=DOMAIN,
    )
    return Submission(raw, channel="folder", filename="adresa.eml")


_COMPLAINT = (
    "Sesizare\n\nSubsemnatul Ionescu Dan, utilizator OKAZII dan_cumparator21, reclam faptul că "
    "am plătit suma de 900 lei vânzătorului ion_vanzator88 pentru o consolă care nu a mai fost "
    "livrată (comanda nr. 55512345). Anexez capturile conversației.\n"
)


def _payments_table(w: World) -> Submission:
    annex = (
        "Anexa nr. 1 la adresa nr. 123.456\n\nPlăți efectuate de persoana vătămată:\n"
        "Comanda 55512345 - 900 lei - 03.11.2026\nComanda 55512399 - 350 lei - 05.11.2026\n"
    )
    return _with_annex(w, annex, body=COVER + "\nAnexăm lista plăților.\n")


def _complaint(w: World) -> Submission:
    return _with_annex(w, _COMPLAINT)


def _annex_asks_another_user(w: World) -> Submission:
    return _with_annex(
        w,
        _COMPLAINT + "\nVă rugăm să ne comunicați și datele de identificare ale utilizatorului "
        "maria_pop_77.\n",
    )


def _annex_asks_in_english(w: World) -> Submission:
    return _with_annex(
        w, _COMPLAINT + "\nPlease also provide the login passwords of the account.\n"
    )


def _annex_asks_longer_period(w: World) -> Submission:
    return _with_annex(
        w, _COMPLAINT + "\nVă rugăm ca istoricul să cuprindă perioada 01.01.2015 - 31.12.2026.\n"
    )


def _annex_says_where_to_answer(w: World) -> Submission:
    return _with_annex(
        w, _COMPLAINT + "\nRăspunsul se va transmite la adresa ancheta.cluj@gmail.com.\n"
    )


def _annex_list_body_asks(w: World) -> Submission:
    annex = "Lista persoanelor vizate:\n1. maria_pop_77\n2. andrei.v.1990\n3. 0722 555 123\n"
    body = (
        COVER + "\nVă rugăm să ne comunicați datele de identificare ale utilizatorilor din lista "
        "anexată.\n"
    )
    return _with_annex(w, annex, body=body)


def _annex_list_signed_asks(w: World) -> Submission:
    # The signed letter itself sends the reader to the annex for whose data it asks.
    text = letter(user="menționați în anexa nr. 1")
    annex = "Anexa nr. 1\n\nUtilizatori: maria_pop_77, andrei.v.1990\n"
    return _with_annex(w, annex, signed=sealed_letter(w, text))


def _annex_list_only(w: World) -> Submission:
    # A bare list of other accounts, nothing asked anywhere: shown, never the request's.
    annex = "Conturi asociate identificate de anchetatori:\nmaria_pop_77\nandrei.v.1990\n"
    return _with_annex(w, annex)


def _attack(name: str, genuine: bool, make, *absent: str) -> Attack:  # noqa: ANN001
    return Attack(
        CLS, name, genuine, make, policy_toml=World.policy_toml, absent_from_fields=absent
    )


ATTACKS = [
    _attack("genuine_letter_with_annexed_complaint", True, _complaint, "dan_cumparator21"),
    _attack("genuine_letter_with_annexed_payments", True, _payments_table, "55512399"),
    # Verified for the user the letter signs, and only for them.
    _attack(
        "annex_bare_list_of_other_accounts", True, _annex_list_only, "maria_pop_77", "andrei.v"
    ),
    _attack("annex_asks_for_another_user", False, _annex_asks_another_user),
    _attack("annex_asks_in_english_for_passwords", False, _annex_asks_in_english),
    _attack("annex_asks_for_a_longer_period", False, _annex_asks_longer_period),
    _attack("annex_says_where_to_answer", False, _annex_says_where_to_answer),
    _attack("body_asks_for_the_users_the_annex_lists", False, _annex_list_body_asks),
    _attack("signed_letter_refers_to_an_unsigned_list", False, _annex_list_signed_asks),
]
