"""Red team (genuine controls): a signed letter inside Outlook's winmail.dat is judged forged.

Outlook and Exchange send a mail written in rich text as TNEF: one
`application/ms-tnef` part, `winmail.dat`, holding the attachments. The parse
step opens it (`parsers/tnef.py`) and reads the signed letter inside, so the
request's fields come from it; the signature checks do not open it
(`router/signatures/context.Context.files` takes MIME leaves only), and
`is_pdf` sniffs "%PDF-" in the first 1024 bytes of any part: a winmail.dat
whose signed PDF starts early is handed to pyHanko whole ("Illegal PDF
header", `pdf_signature` fail: `suspicious`), one whose PDF starts later (an
RTF body first) has no signature at all (`incomplete`). A genuine police
request signed by the bound seal must be `verified` either way.

Closed (mail helper): `Context.files` opens winmail.dat and examines the
PDFs and images inside, as the parse step reads them.
"""

from __future__ import annotations

from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, IPJ
from tests.attacks.mailkit import POLICE, crlf, sign
from tests.attacks.redteam_kit import sealed_letter, winmail_dat
from tests.samples.signatures.world import World

CLS = "redteam_tnef"
RTF = b"{\\rtf1\\ansi\\ansicpg1250 " + b"Va transmitem alaturat adresa noastra. " * 60 + b"}"


def _tnef_mail(w: World, files: tuple[tuple[str, bytes], ...]) -> Submission:
    msg = MIMEMultipart()
    msg.attach(MIMEText(COVER, "plain", "utf-8"))
    part = MIMEApplication(winmail_dat(files), "ms-tnef")
    part.add_header("Content-Disposition", "attachment", filename="winmail.dat")
    msg.attach(part)
    msg["From"] = formataddr((IPJ, POLICE))
    msg["To"] = "legal@okazii.ro"
    msg["Subject"] = "Adresă oficială nr. 123.456 din 12.11.2026"
    msg["Date"] = "Thu, 12 Nov 2026 14:32:10 +0200"
    msg["Message-ID"] = "<13@test>"
    raw = sign(w, crlf(msg.as_bytes()), "cj.politiaromana.ro")
    return Submission(raw, channel="folder", filename="adresa.eml")


def _pdf_first(w: World) -> Submission:
    return _tnef_mail(w, (("adresa.pdf", sealed_letter(w)),))


def _rtf_first(w: World) -> Submission:
    return _tnef_mail(w, (("message.rtf", RTF), ("adresa.pdf", sealed_letter(w))))


def _policy(w: World) -> str:
    return w.policy_toml()


ATTACKS = [
    Attack(
        CLS,
        "genuine_signed_letter_first_in_winmail_dat",
        True,
        _pdf_first,
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "genuine_signed_letter_after_rtf_in_winmail_dat",
        True,
        _rtf_first,
        policy_toml=_policy,
    ),
]
