"""Red team 4: a signed letter addressed to another company is verified as a request to us.

Threat model: the forger holds a police mailbox (or only the police's old mail
to others: officers send one request per platform, the same case to OLX, eMAG,
a bank) and an old genuine letter signed by the bound seal, addressed "Către
OLX ONLINE SERVICES S.R.L.". The username in it is an OLX account's; on
Okazii the same username may be another person, and the police never asked
Okazii for anything. The checks bind the case, reference, date, users and
data to the signature (`binding.key_content`), never the addressee: no
extractor reads "Către …", nothing compares it with the operator's names
(`parsers/default_cues.toml` knows them as operator mailboxes only), and the
request is `verified` — the legal team answers a letter that was not written
to it.

Held (regression), though for a reason beside the point: the police's own
DKIM-signed mail to OLX ("To: legal@olx.ro", the letter "Către OLX …")
replayed to us unchanged, or with a `Mail-Reply-To` added
(`redteam4_answer_headers`), is `incomplete` only because the unsigned-text
rule reads "legal@olx.ro" in the To line as a user the letter does not ask
for; nothing compares the addressee.

Closed: `evaluation.addressed_elsewhere` reads the signed letter's "Către …"
line; one naming a company (legal form, bank, domain) that is not the
operator leaves the content missing.

Controls: the letter addressed to Okazii by its company name, and a letter
that names no addressee line at all (many do not: the envelope or the mail
says it), both `verified`.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, IPJ, letter
from tests.attacks.mailkit import sign
from tests.attacks.redteam4_kit import POLICE, eml, police_mail
from tests.attacks.redteam_kit import insert_header, sealed_letter
from tests.samples.signatures.world import World

CLS = "redteam4_addressee"


def _to(addressee: str | None) -> object:
    def make(w: World) -> Submission:
        text = letter()
        text = text.replace(
            "Către OKAZII.RO\n", "" if addressee is None else f"Către {addressee}\n"
        )
        return police_mail(w, sealed_letter(w, text))

    return make


def _olx_mail(w: World) -> bytes:
    text = letter().replace("Către OKAZII.RO", "Către OLX ONLINE SERVICES S.R.L.")
    raw = w.mail(
        POLICE,
        display=IPJ,
        body=COVER,
        attachments=(("adresa.pdf", sealed_letter(w, text)),),
        received=False,
    )
    return sign(
        w, raw.replace(b"To: legal@okazii.ro", b"To: legal@olx.ro", 1), "cj.politiaromana.ro"
    )


def _olx_replayed(w: World) -> Submission:
    return eml(_olx_mail(w))


def _olx_replayed_answer_diverted(w: World) -> Submission:
    return eml(insert_header(_olx_mail(w), b"Mail-Reply-To: dosare.ipjcluj@gmail.com"))


def _olx_on_paper(w: World) -> Submission:
    text = letter().replace("Către OKAZII.RO", "Către OLX ONLINE SERVICES S.R.L.")
    return Submission(sealed_letter(w, text), channel="post", filename="adresa.pdf")


def _attack(name: str, genuine: bool, make, gap: str = "") -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, make, policy_toml=World.policy_toml, known_gap=gap)


ATTACKS = [
    _attack(
        "letter_to_olx",
        False,
        _to("OLX ONLINE SERVICES S.R.L."),
    ),
    _attack(
        "letter_to_emag",
        False,
        _to("DANTE INTERNATIONAL S.A. (eMAG)"),
    ),
    _attack(
        "letter_to_a_bank",
        False,
        _to("BANCA TRANSILVANIA S.A. – Direcția Conformitate"),
    ),
    _attack(
        "letter_to_olx_on_paper",
        False,
        _olx_on_paper,
    ),
    _attack(
        "police_mail_to_olx_replayed_unchanged",
        False,
        _olx_replayed,
    ),
    _attack(
        "police_mail_to_olx_replayed_with_mail_reply_to",
        False,
        _olx_replayed_answer_diverted,
    ),
    _attack(
        "genuine_to_okazii_by_company_name",
        True,
        _to("S.C. Okazii S.R.L. – Departamentul Juridic"),
    ),
    _attack("genuine_no_addressee_line", True, _to(None)),
    _attack("letter_to_a_web_shop_by_its_domain", False, _to("eMAG.ro – Departamentul juridic")),
    _attack("letter_to_a_company_in_english", False, _to("Vinted UAB Ltd, Legal Department")),
    _attack("genuine_to_a_department_only", True, _to("Departamentul Juridic")),
]
