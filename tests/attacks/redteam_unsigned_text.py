"""Unsigned text beside a genuine signed letter: more places and words for the extra demand.

The threat model of `unsigned_extras` and `redteam_unextracted`: an attacker
holds an authority's mailbox (or a copy of one genuine DKIM-signed mail's
channel) and an old genuine signed letter, and writes a mail of their own
around it. The rule that closes the class (`router/signatures/unsigned.py`)
reads every text of the mail outside the signed letter; these cases try the
places and the words it must see, and the genuine controls are the cover
notes real officers write (a signature block with phones and their own
address, the letter pasted into the body, a reply quoting our own mail).

Forged (each must not be `verified`): the demand in a text attachment, in an
unsigned PDF annex, in a forwarded message inside the mail, in the subject,
in English, as an image embedded in the HTML (data: URI) or drawn by a style
sheet's background, for a username that has no digit or "_", for the
complainant named by name, and after a pasted copy of the genuine letter.
"""

from __future__ import annotations

from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, IPJ, mailed
from tests.attacks.mailkit import POLICE, crlf, sign
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World, letter_pdf

CLS = "redteam_unsigned_text"
HEAD = f"{IPJ}\nNr. 123.456 din 12.11.2026\n\nCătre OKAZII.RO\n\n"
# A genuine letter that names the injured party by name and username, and asks about the seller.
COMPLAINT_LETTER = (
    HEAD + "În dosarul penal nr. 4567/P/2026, constituit în urma plângerii numitei Pop Elena, "
    "utilizator maria_cumparatoare77 (persoană vătămată), în baza art. 170 Cod procedură penală, "
    "vă rugăm să ne comunicați datele de identificare și istoricul tranzacțiilor ale "
    "utilizatorului ion_vanzator88.\n\nComisar de poliție Popescu Ion\n"
)
# A genuine letter that names the user first and asks for "his" data in the next sentence.
ANAPHORA_LETTER = (
    HEAD + "În dosarul penal nr. 4567/P/2026 se efectuează cercetări față de utilizatorul "
    "ion_vanzator88, sub aspectul săvârșirii infracțiunii de înșelăciune. În baza art. 170 Cod "
    "procedură penală, vă rugăm să ne comunicați datele de identificare și istoricul "
    "tranzacțiilor acestuia.\n\nComisar de poliție Popescu Ion\n"
)
EXTRA = "Vă rugăm să ne comunicați și datele utilizatorului maria_cumparatoare77."


def _parts(w: World, *parts: MIMEBase, letter: bytes | None = None, subject: str = "") -> bytes:
    """A police mail: `parts` (the first is the body) and the signed letter, DKIM-signed."""
    msg = MIMEMultipart()
    for part in parts:
        msg.attach(part)
    pdf = MIMEApplication(letter or sealed_letter(w), "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename="adresa.pdf")
    msg.attach(pdf)
    msg["From"] = formataddr((IPJ, POLICE))
    msg["To"] = "legal@okazii.ro"
    msg["Subject"] = subject or "Adresă oficială nr. 123.456 din 12.11.2026"
    msg["Date"] = "Thu, 12 Nov 2026 14:32:10 +0200"
    msg["Message-ID"] = "<21@test>"
    return sign(w, crlf(msg.as_bytes()), "cj.politiaromana.ro")


def _sub(raw: bytes) -> Submission:
    return Submission(raw, channel="folder", filename="adresa.eml")


def _text_attachment(w: World) -> Submission:
    note = MIMEText("Completare la adresa nr. 123.456:\n" + EXTRA + "\n", "plain", "utf-8")
    note.add_header("Content-Disposition", "attachment", filename="completare.txt")
    return _sub(_parts(w, MIMEText(COVER, "plain", "utf-8"), note))


def _unsigned_pdf_annex(w: World) -> Submission:
    annex = MIMEApplication(letter_pdf("Anexa nr. 1 la adresa nr. 123.456\n\n" + EXTRA), "pdf")
    annex.add_header("Content-Disposition", "attachment", filename="anexa1.pdf")
    return _sub(_parts(w, MIMEText(COVER, "plain", "utf-8"), annex))


def _forwarded_inside(w: World) -> Submission:
    inner = MIMEText(EXTRA + "\nParolele contului sunt necesare urgent.\n", "plain", "utf-8")
    inner["From"] = formataddr(("Comisar Popescu Ion", POLICE))
    inner["Subject"] = "Completare"
    return _sub(_parts(w, MIMEText(COVER, "plain", "utf-8"), MIMEMessage(inner)))


def _in_subject(w: World) -> Submission:
    return _sub(
        _parts(
            w,
            MIMEText(COVER, "plain", "utf-8"),
            subject="Adresa 123.456 - va rugam includeti si parolele si conversatiile contului",
        )
    )


def _in_english(w: World) -> Submission:
    body = COVER + "\nPlease also include the account passwords and the chat messages.\n"
    return _sub(_parts(w, MIMEText(body, "plain", "utf-8")))


_HTML_COVER = "".join(f"<p>{line}</p>" for line in COVER.split("\n") if line)


def _data_uri_image(w: World) -> Submission:
    img = '<img alt="" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==">'
    return _sub(_parts(w, MIMEText(f"<html><body>{_HTML_COVER}{img}</body></html>", "html")))


def _css_background(w: World) -> Submission:
    div = (
        '<div style="width:600px;height:200px;'
        "background-image:url('https://cdn.ipj-cluj.example/anexa.png')\"></div>"
    )
    return _sub(_parts(w, MIMEText(f"<html><body>{_HTML_COVER}{div}</body></html>", "html")))


def _plain_word_username(w: World) -> Submission:
    body = COVER + "\nVă rugăm să includeți și datele contului mariacumparatoare.\n"
    return _sub(_parts(w, MIMEText(body, "plain", "utf-8")))


def _complainant_by_name(w: World) -> Submission:
    body = (
        "Bună ziua,\n\nRevenim la adresa nr. 123.456 din 12.11.2026 (dosar penal nr. "
        "4567/P/2026). Vă rugăm să ne comunicați și datele de identificare ale numitei "
        "Pop Elena.\n\nCu stimă,\n"
    )
    return mailed(w, sealed_letter(w, COMPLAINT_LETTER), body=body)


def _after_pasted_letter(w: World) -> Submission:
    # The genuine letter pasted into the body (the complainant named as such there), then a
    # request of the attacker's for her, in words the letter never uses.
    body = (
        COMPLAINT_LETTER + "\nPentru utilizatorul maria_cumparatoare77 vă rugăm să ne comunicați:\n"
        "1. datele de identificare;\n2. istoricul tranzacțiilor.\n"
    )
    return mailed(w, sealed_letter(w, COMPLAINT_LETTER), body=body)


def _genuine_signature_block(w: World) -> Submission:
    body = (
        "Bună ziua,\n\nVă transmitem alăturat adresa nr. 123.456 din 12.11.2026 privind "
        "utilizatorul ion_vanzator88.\n\nCu stimă,\nComisar de poliție Popescu Ion\n"
        "Serviciul de Investigare a Criminalității Economice\nIPJ Cluj\n"
        "Tel.: 0264 432 100, int. 21345\nMobil: 0722 123 456\n"
        "E-mail: politia.cluj@cj.politiaromana.ro\n"
    )
    return mailed(w, sealed_letter(w), body=body)


def _genuine_pasted_letter(w: World) -> Submission:
    return mailed(w, sealed_letter(w, COMPLAINT_LETTER), body="Bună ziua,\n\n" + COMPLAINT_LETTER)


def _genuine_anaphora(w: World) -> Submission:
    body = (
        "Bună ziua,\n\nVă transmitem alăturat adresa nr. 123.456 din 12.11.2026 privind "
        "utilizatorul ion_vanzator88.\n\nCu stimă,\n"
    )
    return mailed(w, sealed_letter(w, ANAPHORA_LETTER), body=body)


def _genuine_reply_quoting_us(w: World) -> Submission:
    body = (
        "Bună ziua,\n\nRevenim cu adresa semnată electronic, atașată.\n\nCu stimă,\n"
        "Comisar de poliție Popescu Ion\n\n"
        "Pe 11.11.2026, Echipa juridică OKAZII <legal@okazii.ro> a scris:\n"
        "> Bună ziua,\n> Pentru a vă comunica datele de identificare ale utilizatorului\n"
        "> ion_vanzator88 avem nevoie de o adresă oficială semnată.\n"
    )
    return mailed(w, sealed_letter(w), body=body)


def _policy(w: World) -> str:
    return w.policy_toml()


ATTACKS = [
    Attack(CLS, "extra_user_in_a_text_attachment", False, _text_attachment, policy_toml=_policy),
    Attack(
        CLS, "extra_user_in_an_unsigned_pdf_annex", False, _unsigned_pdf_annex, policy_toml=_policy
    ),
    Attack(CLS, "demand_in_a_forwarded_message", False, _forwarded_inside, policy_toml=_policy),
    Attack(CLS, "passwords_asked_in_the_subject", False, _in_subject, policy_toml=_policy),
    Attack(CLS, "passwords_asked_in_english", False, _in_english, policy_toml=_policy),
    Attack(CLS, "image_embedded_as_data_uri", False, _data_uri_image, policy_toml=_policy),
    Attack(CLS, "image_drawn_by_a_css_background", False, _css_background, policy_toml=_policy),
    Attack(CLS, "username_without_digits", False, _plain_word_username, policy_toml=_policy),
    Attack(CLS, "complainant_asked_for_by_name", False, _complainant_by_name, policy_toml=_policy),
    Attack(
        CLS,
        "complainant_asked_after_the_pasted_letter",
        False,
        _after_pasted_letter,
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "genuine_signature_block_with_phones",
        True,
        _genuine_signature_block,
        policy_toml=_policy,
    ),
    Attack(
        CLS, "genuine_letter_pasted_in_the_body", True, _genuine_pasted_letter, policy_toml=_policy
    ),
    Attack(
        CLS, "genuine_user_named_before_the_request", True, _genuine_anaphora, policy_toml=_policy
    ),
    Attack(
        CLS, "genuine_reply_quoting_our_mail", True, _genuine_reply_quoting_us, policy_toml=_policy
    ),
]
