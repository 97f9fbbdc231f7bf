"""Red team 4 (genuine refused): a cover note that asks for something procedural is a demand.

What a refusal costs (red team 3's `genuine_cover_notes`): a genuine police
request kept from `verified` on every mail of an authority teaches the legal
team to ignore `incomplete`.

Officers' cover notes routinely ask for things that are not data: to confirm
receipt, to answer within a term, to quote their registration number, to call
them back at their extension, and they send the letter's Word copy "for your
convenience". The unsigned-text rule reads each as a request the signed letter
does not make:

- "Vă rugăm să confirmați primirea prezentei adrese." and "Please acknowledge
  receipt.": a sentence with a request verb may use only the letter's words
  (`unsigned_words.unsigned_requests`): "adrese", "acknowledge" are not;
- "Vă rugăm să ne transmiteți răspunsul în termen de 3 zile lucrătoare." and
  "… să ne comunicați numărul de înregistrare al prezentei.": the extractor
  reads the object of the request verb as a requested data item
  (`parsers/fields/requested`), which the signed letter "does not state"
  (`binding.bind`);
- "… ne puteți contacta la telefon 0264 432 100, interior 2345.": the
  officer's own desk phone becomes a user of the request (`subjects`: phone);
- the letter's DOCX copy beside the signed PDF: "a file the checks do not
  read" (`unsigned_collect._walk`).

Each is a genuine request judged `incomplete`. Held beside them (forged): a
"confirm receipt" sentence that slips in the passwords.
"""

from __future__ import annotations

from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, IPJ, letter
from tests.attacks.mailkit import crlf, sign
from tests.attacks.redteam4_kit import POLICE, eml, police_mail
from tests.attacks.redteam_kit import docx, sealed_letter
from tests.samples.signatures.world import World

CLS = "redteam4_procedural_cover"
DOCX_TYPE = "vnd.openxmlformats-officedocument.wordprocessingml.document"


def _noted(text: str) -> object:
    def make(w: World) -> Submission:
        return police_mail(w, body=COVER + "\n" + text + "\n")

    return make


def _docx_copy(w: World) -> Submission:
    msg = MIMEMultipart()
    msg.attach(MIMEText(COVER + "\nAtașăm și varianta editabilă a adresei.\n", "plain", "utf-8"))
    for name, data, subtype in (
        ("adresa.pdf", sealed_letter(w), "pdf"),
        ("adresa.docx", docx(letter()), DOCX_TYPE),
    ):
        part = MIMEApplication(data, subtype)
        part.add_header("Content-Disposition", "attachment", filename=name)
        msg.attach(part)
    msg["From"] = formataddr((IPJ, POLICE))
    msg["To"] = "legal@okazii.ro"
    msg["Subject"] = "Adresă oficială nr. 123.456 din 12.11.2026"
    msg["Date"] = "Thu, 12 Nov 2026 14:32:10 +0200"
    msg["Message-ID"] = "<81@test>"
    return eml(sign(w, crlf(msg.as_bytes()), "cj.politiaromana.ro"))


def _attack(name: str, genuine: bool, make, gap: str = "") -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, make, policy_toml=World.policy_toml, known_gap=gap)


ATTACKS = [
    _attack(
        "genuine_confirm_receipt",
        True,
        _noted("Vă rugăm să confirmați primirea prezentei adrese."),
        # closed: the words of procedure (this letter, receipt, acknowledge) are cover words
    ),
    _attack(
        "genuine_acknowledge_receipt_english",
        True,
        _noted("Please acknowledge receipt."),
    ),
    _attack(
        "genuine_answer_within_a_term",
        True,
        _noted("Vă rugăm să ne transmiteți răspunsul în termen de 3 zile lucrătoare."),
        # closed: the letter's own fields are read first (parsers.understand._letter)
    ),
    _attack(
        "genuine_quote_our_registration_number",
        True,
        _noted("Vă rugăm să ne comunicați numărul de înregistrare al prezentei."),
        # closed: the number under which we registered the letter is the correspondence,
        # not data (parsers/fields/requested._DROP, unsigned_words._OUR_REGISTRATION)
    ),
    _attack(
        "recordings_asked_beside_the_registration_number",
        False,
        _noted(
            "Vă rugăm să ne comunicați numărul de înregistrare al prezentei și să ne "
            "transmiteți înregistrările convorbirilor."
        ),
    ),
    _attack(
        "genuine_officer_desk_phone",
        True,
        _noted(
            "Pentru informații suplimentare ne puteți contacta la telefon 0264 432 100, "
            "interior 2345."
        ),
    ),
    _attack(
        "genuine_editable_docx_copy",
        True,
        _docx_copy,
        # closed: an office document is read (parsers/office.py) and judged like the body
    ),
    _attack(
        "confirm_receipt_and_passwords",
        False,
        _noted("Vă rugăm să confirmați primirea și să atașați parolele contului."),
    ),
]
