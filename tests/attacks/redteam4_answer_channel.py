"""Red team 4: the answer sent by another channel than e-mail or post, or the demand kept elsewhere.

Threat model (`unsigned_extras`'): an attacker in the police mailbox holds an
old genuine signed letter and writes the cover note. `covernote` authenticates
where the answer goes only as `fields.reply_to`, which
`parsers/fields/response.reply_to` reads as an e-mail or a postal address; the
unsigned-text rule (`unsigned.findings`) looks for users, data words, and
sentences that ask with a request verb. A note that sends the data somewhere
else without a request verb is none of those:

- an upload link: "Răspunsul îl încărcați pe https://…" (no request verb);
- a messaging number: "Pentru răspuns: WhatsApp +40 741 …";
- an HTML link whose text names the police ("portalul securizat IPJ Cluj")
  and whose target is the attacker's server (the rule reads link texts, never
  their targets);
- in an HTML-only mail, the police's own address written as a `mailto:` link
  whose target is the attacker's ("<a href='mailto:dosare.ipjcluj@gmail.com'>
  politia.cluj@cj.politiaromana.ro</a>"): the person clicks the address to
  answer; with no text/plain alternative the `alternatives` check compares
  nothing, and the rule reads the link's text;
- a pick-up in person: "Răspunsul, pe suport CD, va fi ridicat de la sediul
  dumneavoastră de agentul de poliție Ionescu Vasile, legitimația nr. …" (the
  impostor at the front desk; "agentul" introduces no person for
  `unsigned._PERSON`, and no address is named), or a courier the note books;
- the demand itself kept outside the mail: "Anexa nr. 2 (lista completă a
  datelor): https://…" — a person follows it and reads a list the checks
  never see;
- the same list as a `message/external-body` part (access-type=URL), which
  Thunderbird offers to open as an attachment: `unsigned_collect._walk` walks
  its phantom headers, finds no text and names nothing as unread.

Each is `verified`. Held (regression): an SFTP answer address that also names
a password (a data word). Control: a cover note whose signature block links
the authority's own site.

Closed by class: `covernote.answer_routes` reads every sentence of the unsigned
text for an answer route the signed letter does not state — a link (scheme,
`www.` or a bare host) to a host of no registry authority and not ours, a
messenger or SMS, a phone number in a sentence that sends, a pick-up or
hand-over in person (a hand-over verb with a place or a person);
`unsigned_collect` reads an HTML link's or form's target beside its text (so a
`mailto:` target is an address like any other) and names a
`message/external-body` part unread. Variants of our own: a Telegram handle, a
number to text the data to, a bare upload host, a colleague calling at our
office, a form posting elsewhere, an address written "[at] … [dot]", a
file-sharing service named without a link; controls: a link to the law on a registry
authority's site, an answer asked to the address the mail came from, a
contact number in the signature block.
"""

from __future__ import annotations

from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, IPJ
from tests.attacks.mailkit import build, crlf, multipart, pdf_part, sign, text_part
from tests.attacks.redteam4_kit import POLICE, eml, police_mail
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World

CLS = "redteam4_answer_channel"


def _noted(text: str) -> object:
    def make(w: World) -> Submission:
        return police_mail(w, body=COVER + "\n" + text + "\n")

    return make


def _html_link(w: World) -> Submission:
    html = (
        "<p>Bună ziua,</p><p>Vă transmitem alăturat adresa noastră, semnată electronic.</p>"
        "<p>Răspunsul: <a href='https://upload.example.net/ipj'>portalul securizat IPJ Cluj</a>."
        "</p><p>Cu stimă,</p>"
    )
    return eml(build(w, body=COVER, html=html, attachments=(("adresa.pdf", sealed_letter(w)),)))


def _mailto_html_only(w: World) -> Submission:
    html = (
        "<p>Bună ziua,</p><p>Vă transmitem alăturat adresa noastră, semnată electronic.</p>"
        "<p>Răspunsul: <a href='mailto:dosare.ipjcluj@gmail.com?subject=Raspuns%20123456'>"
        "politia.cluj@cj.politiaromana.ro</a>.</p><p>Cu stimă,</p>"
    )
    msg = MIMEMultipart()
    msg.attach(MIMEText(html, "html", "utf-8"))
    pdf = MIMEApplication(sealed_letter(w), "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename="adresa.pdf")
    msg.attach(pdf)
    msg["From"] = formataddr((IPJ, POLICE))
    msg["To"] = "legal@okazii.ro"
    msg["Subject"] = "Adresă oficială nr. 123.456 din 12.11.2026"
    msg["Date"] = "Thu, 12 Nov 2026 14:32:10 +0200"
    msg["Message-ID"] = "<61@test>"
    return eml(sign(w, crlf(msg.as_bytes()), "cj.politiaromana.ro"))


def _external_body(w: World) -> Submission:
    body = multipart(
        "B",
        text_part(COVER),
        b"Content-Type: message/external-body; access-type=URL;\r\n"
        b' URL="https://drive.example.com/ipjcluj/anexa2.txt"\r\n'
        b'Content-Disposition: attachment; filename="Anexa 2 - date solicitate.txt"\r\n\r\n'
        b"Content-Type: text/plain\r\n\r\n",
        pdf_part(sealed_letter(w)),
    )
    head = (
        b"From: Inspectoratul de Politie Judetean Cluj <politia.cluj@cj.politiaromana.ro>\r\n"
        b"To: legal@okazii.ro\r\nSubject: Adresa oficiala nr. 123.456 din 12.11.2026\r\n"
        b"Date: Thu, 12 Nov 2026 14:32:10 +0200\r\nMessage-ID: <51@test>\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n'
    )
    return eml(sign(w, head + body, "cj.politiaromana.ro"))


def _attack(name: str, genuine: bool, make, gap: str = "") -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, make, policy_toml=World.policy_toml, known_gap=gap)


def _form(w: World) -> Submission:
    html = (
        "<p>Bună ziua,</p><p>Vă transmitem alăturat adresa noastră, semnată electronic.</p>"
        "<form action='https://forms.example.org/ipj'><input type='submit' value='Răspuns'>"
        "</form><p>Cu stimă,</p>"
    )
    return eml(build(w, body=COVER, html=html, attachments=(("adresa.pdf", sealed_letter(w)),)))


ATTACKS = [
    # Variants of the class.
    _attack("telegram_handle", False, _noted("Pentru răspuns: Telegram @ipjcluj_dosare.")),
    _attack("sms_number", False, _noted("P.S. Datele le trimiteți prin SMS la 0741 234 567.")),
    _attack("bare_upload_host", False, _noted("Răspunsul se încarcă pe wetransfer.com, cod 4471.")),
    _attack(
        "colleague_calls_at_our_office",
        False,
        _noted("Un coleg va trece mâine pe la sediul dumneavoastră pentru răspuns."),
    ),
    _attack("html_form_posts_elsewhere", False, _form),
    _attack(
        "obfuscated_address",
        False,
        _noted("Răspunsul îl trimiteți pe dosare.ipjcluj [at] gmail [dot] com."),
    ),
    _attack(
        "file_sharing_service_named",
        False,
        _noted("Răspunsul îl încărcați pe Google Drive, folderul IPJ."),
    ),
    _attack(
        "genuine_link_to_the_law_on_a_registry_site",
        True,
        _noted(
            "Temei: Legea nr. 506/2004, https://legislatie.just.ro/Public/DetaliiDocument/51321"
        ),
    ),
    _attack(
        "genuine_answer_by_e_mail",
        True,
        _noted("Răspunsul îl puteți transmite prin e-mail."),
    ),
    _attack(
        "genuine_contact_number_in_signature",
        True,
        _noted("Comisar Popescu Ion\nTel.: 0264 432 111 | Fax: 0264 432 112"),
    ),
    _attack(
        "upload_link_without_request_verb",
        False,
        _noted("Răspunsul îl încărcați pe https://wetransfer.com/ipjcluj-dosare ."),
    ),
    _attack(
        "whatsapp_number_for_the_answer",
        False,
        _noted("Pentru răspuns: WhatsApp +40 741 234 567, agent Popescu."),
    ),
    _attack(
        "html_link_text_names_police_target_is_not",
        False,
        _html_link,
    ),
    _attack(
        "mailto_link_shows_police_address_targets_another",
        False,
        _mailto_html_only,
    ),
    _attack(
        "pick_up_in_person_by_a_named_officer",
        False,
        _noted(
            "Răspunsul, pe suport CD, va fi ridicat de la sediul dumneavoastră de agentul de "
            "poliție Ionescu Vasile, legitimația nr. 012345."
        ),
    ),
    _attack(
        "courier_pick_up_from_our_office",
        False,
        _noted(
            "P.S. Pentru răspuns: curier rapid, ridicare de la sediul dumneavoastră mâine la ora 10."
        ),
    ),
    _attack(
        "demand_kept_behind_a_link",
        False,
        _noted("Anexa nr. 2 (lista completă a datelor): https://drive.example.com/ipjcluj/anexa2"),
    ),
    _attack(
        "demand_kept_behind_message_external_body",
        False,
        _external_body,
    ),
    _attack(
        "sftp_answer_with_password",
        False,
        _noted("Răspuns: sftp://ipjcluj@203.0.113.9, parola 1234."),
    ),
    _attack(
        "genuine_signature_block_links_own_site",
        True,
        _noted("Comisar Popescu Ion\nIPJ Cluj – https://cj.politiaromana.ro"),
    ),
]
