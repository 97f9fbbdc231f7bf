"""Red team 3: what Outlook's winmail.dat holds besides PDFs and images is read by nobody who judges.

Threat model (`unsigned.py`'s): an attacker in the police mailbox sends an old
genuine signed letter, and writes the extra demand inside a TNEF part
(`application/ms-tnef`, winmail.dat), which Outlook, the client a legal team
most likely uses, opens: it shows the TNEF's own message body instead of the
MIME text, and lists its inner files as the mail's attachments.

`unsigned._walk` skips `application/ms-tnef` as if it were a signature part
(`_SIGNATURE_PARTS`), and `Context.files` takes only the PDFs and images
inside it (`context._tnef_files`). So:

- the TNEF message body (attBody) is never searched;
- an inner text file is never searched;
- an inner Word file is not even named as unread, as the same file attached
  as a MIME part would be ("a file the checks do not read").

The parse step reads them (`parsers/tnef.py`), but the demand is a postscript
without a request verb, so no field comes of it: `verified`.

Control: a genuine Outlook mail whose winmail.dat holds the body Outlook
wrote (the cover note): `verified`.

Closed: a winmail.dat's message body (plain or RTF) and text files are read; other files
inside it are unread findings.
"""

from __future__ import annotations

from collections.abc import Callable
from email.mime.application import MIMEApplication
from email.mime.text import MIMEText

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER
from tests.attacks.redteam3_kit import DEMAND, police_mail, policy
from tests.attacks.redteam_kit import _tnef_object, docx, winmail_dat
from tests.samples.signatures.world import World

CLS = "redteam3_tnef_content"
WHERE = (
    "unsigned._walk skips application/ms-tnef (_SIGNATURE_PARTS) and context._tnef_files keeps "
    "only PDFs and images"
)
_ATT_BODY = 0x800C  # attBody: the message text, as a TNEF string (atpText)


def _with_body(text: str, files: tuple[tuple[str, bytes], ...] = ()) -> bytes:
    return winmail_dat(files) + _tnef_object(1, _ATT_BODY, 0x0001, text.encode() + b"\x00")


def _tnef(data: Callable[[], bytes]) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        part = MIMEApplication(data(), "ms-tnef")
        part.add_header("Content-Disposition", "attachment", filename="winmail.dat")
        return police_mail(w, MIMEText(COVER, "plain", "utf-8"), part)

    return build


ATTACKS = [
    Attack(
        CLS,
        "demand_in_the_tnef_message_body",
        False,
        _tnef(lambda: _with_body(COVER + "\n" + DEMAND)),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "demand_in_a_text_file_inside_tnef",
        False,
        _tnef(lambda: winmail_dat((("completare.txt", DEMAND.encode()),))),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "demand_in_a_word_file_inside_tnef",
        False,
        _tnef(lambda: winmail_dat((("completare.docx", docx(DEMAND)),))),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "genuine_outlook_tnef_body",
        True,
        _tnef(lambda: _with_body(COVER)),
        policy_toml=policy,
    ),
]
