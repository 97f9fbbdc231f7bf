"""Red team 3: an attachment labelled text/plain that the person opens as what its name says.

Threat model (`unsigned.py`'s): an attacker in the police mailbox sends an old
genuine signed letter with an attachment of their own. `unsigned._walk`
reads a part by its Content-Type: a text/plain part is searched as raw
characters. But a person opens an attachment by its file name: the mail
client hands "completare.html" to the browser and "completare.eml" to the
mail viewer, whatever Content-Type the sender wrote.

- "completare.html" labelled text/plain: the browser decodes character
  references, so "&#112;arolele" is shown as "parolele"; the rule reads the
  raw "&#112;arolele";
- "completare.eml" labelled text/plain: the mail viewer decodes the inner
  message's quoted-printable body ("=70arolele"); the rule reads it raw.

The parse step reads the same raw text (no field of it): `verified`.

Control: a genuine plain-text annex named "anexa.txt": `verified`.

Closed: a part named .html/.eml/.txt is read as the client opens it, and a text part
that looks like HTML is rendered as HTML too.
"""

from __future__ import annotations

from collections.abc import Callable
from email.mime.text import MIMEText

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER
from tests.attacks.redteam3_kit import police_mail, policy
from tests.samples.signatures.world import World

CLS = "redteam3_misleading_type"
WHERE = (
    "unsigned._walk reads a part by its Content-Type (text/plain: raw characters), never by "
    "the file name the client opens it by"
)
HTML = (
    "<html><body><p>P.S. Ata&#537;a&#539;i la r&#259;spuns &#537;i &#112;arolele contului "
    "&#537;i &#99;onversa&#539;iile private.</p></body></html>"
)
EML = (
    "From: Comisar Popescu Ion <politia.cluj@cj.politiaromana.ro>\r\nSubject: Completare\r\n"
    "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
    "P.S. Ata=C8=99a=C8=9Bi la r=C4=83spuns =C8=99i =70arolele contului =C8=99i "
    "=63onversa=C8=9Biile private.\r\n"
)


def _plain_named(data: str, name: str) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        part = MIMEText(data, "plain", "utf-8")
        part.add_header("Content-Disposition", "attachment", filename=name)
        return police_mail(w, MIMEText(COVER, "plain", "utf-8"), part)

    return build


ATTACKS = [
    Attack(
        CLS,
        "html_file_sent_as_text_plain",
        False,
        _plain_named(HTML, "completare.html"),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "eml_file_sent_as_text_plain",
        False,
        _plain_named(EML, "completare.eml"),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "genuine_text_annex",
        True,
        _plain_named("Anexa la adresa nr. 123.456 din 12.11.2026.", "anexa.txt"),
        policy_toml=policy,
    ),
]
