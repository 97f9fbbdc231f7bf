"""Red team 3: a text part that is also a PDF is judged by the PDF and shown as the text.

Threat model (`unsigned.py`'s): an attacker in the police mailbox sends an old
genuine signed letter with an HTML body (or HTML annex) of their own. Which
reader a part gets is decided by sniffing, not by its Content-Type:
`unsigned._walk` skips any part whose bytes `is_pdf` (the magic "%PDF-" in
the first 1024 bytes), leaving it to `_files`, which reads it as a PDF
(`Context.files` sniffs the same way). pdfium, like every PDF reader, finds a
header anywhere in the first KB and rebuilds a broken cross-reference.

So the HTML a mail client renders (text/html says how to show it) carries
the demand, and, inside an HTML comment that no client shows, a small PDF
whose one line is harmless ("Anexa nr. 1 …"). The rule reads only that line;
the parse step reads the HTML for fields, where the postscript has no request
verb: `verified`.

Control: the same HTML body without the PDF inside (a genuine HTML cover
note): `verified`.

Closed: a text part is read as text whatever its bytes sniff as.
"""

from __future__ import annotations

from email.mime.text import MIMEText

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER
from tests.attacks.redteam3_kit import COVER_HTML, DEMAND, annex_pdf, police_mail, policy
from tests.samples.signatures.world import World

CLS = "redteam3_pdf_polyglot"
WHERE = (
    "unsigned._walk skips a text part whose first KB holds %PDF- (context.is_pdf) and _files "
    "reads it as a PDF, not as the HTML its Content-Type says a client shows"
)


def _hidden_pdf() -> str:
    """An ASCII-only PDF (its binary-marker comment made ASCII) to sit in an HTML comment."""
    return annex_pdf("freetext", "Nota").replace(b"%\xe2\xe3\xcf\xd3", b"%abcd").decode("ascii")


def _body(w: World) -> Submission:
    doc = f"<html><body>{COVER_HTML}<p>{DEMAND}</p><!--\n{_hidden_pdf()}\n--></body></html>"
    return police_mail(w, MIMEText(doc, "html", "utf-8"))


def _annex(w: World) -> Submission:
    doc = f"<html><body><p>{DEMAND}</p><!--\n{_hidden_pdf()}\n--></body></html>"
    part = MIMEText(doc, "html", "utf-8")
    part.add_header("Content-Disposition", "attachment", filename="completare.html")
    return police_mail(w, MIMEText(COVER, "plain", "utf-8"), part)


def _genuine(w: World) -> Submission:
    return police_mail(w, MIMEText(f"<html><body>{COVER_HTML}</body></html>", "html", "utf-8"))


ATTACKS: list[Attack] = [
    Attack(
        CLS,
        "html_body_carrying_a_pdf_in_a_comment",
        False,
        _body,
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "html_annex_carrying_a_pdf_in_a_comment",
        False,
        _annex,
        policy_toml=policy,
    ),
    Attack(CLS, "genuine_html_cover_note", True, _genuine, policy_toml=policy),
]
