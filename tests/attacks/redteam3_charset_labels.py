"""Red team 3: charset names the mail client knows and Python does not.

Threat model (`unsigned.py`'s): an attacker in the police mailbox sends an old
genuine signed letter with a cover note of their own. The rule decodes a text
part with Python's codec for its `charset` and, when Python knows no such
codec, as UTF-8 (`unsigned._decoded`); the subject through
`email.header.make_header`, and, when that raises, as the raw header
(`unsigned._subject`). Mail clients know more names than Python:

- Outlook (Windows code page names) and the WHATWG Encoding Standard
  (Thunderbird) call UTF-16LE "unicode" (also "csUnicode", "ucs-2") and
  UTF-16BE "unicodeFFFE": a body in UTF-16 under those labels is shown
  right, and read by the rule as UTF-8: one NUL between every two letters,
  no word matches;
- an encoded word whose charset carries an RFC 2231 §5 language tag
  ("=?utf-8*ro?B?…?=") or a WHATWG label ("=?unicode-1-1-utf-8?B?…?=")
  raises LookupError in `make_header`: the rule searches the raw header,
  base64. (A Q-encoded one happens to be caught: its "_"-joined words look
  like usernames to `_SHAPED`.)

The parse step decodes the same way (`parsers/charset.py` falls back to
UTF-8 as well), so no field comes of the demand: `verified`.

Control: a genuine cover note in UTF-16 under Python's own name ("utf-16"):
`verified`.

Closed: `unsigned._CHARSETS` maps Windows and WHATWG labels, an RFC 2231 language tag is
dropped from encoded words, and text that does not decode is a finding.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from email.mime.text import MIMEText

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER
from tests.attacks.redteam3_kit import DEMAND, police_mail, policy
from tests.samples.signatures.world import World

CLS = "redteam3_charset_labels"
BODY_GAP = (
    "unsigned._decoded reads a charset Python lacks as UTF-8: UTF-16 text becomes NUL-separated "
    "letters"
)
SUBJECT_GAP = (
    "unsigned._subject falls back to the raw header when make_header raises LookupError: "
    "'_'-joined Q words or base64"
)


def _utf16(label: str, codec: str, text: str) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        part = MIMEText("", "plain", "utf-8")
        part.set_payload(base64.encodebytes(text.encode(codec)).decode("ascii"))
        del part["Content-Transfer-Encoding"]
        part["Content-Transfer-Encoding"] = "base64"
        part.set_param("charset", label)
        return police_mail(w, part)

    return build


def _subject(subject: str) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        return police_mail(w, MIMEText(COVER, "plain", "utf-8"), subject=subject)

    return build


_NOTE = COVER + "\n" + DEMAND + "\n"
_B = base64.b64encode(
    "Adresa nr. 123.456 - atașați și parolele și conversațiile private".encode()
).decode()

ATTACKS = [
    Attack(
        CLS,
        "body_in_utf16le_labelled_unicode",
        False,
        _utf16("unicode", "utf-16", _NOTE),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "body_in_utf16be_labelled_unicodefffe",
        False,
        _utf16("unicodeFFFE", "utf-16-be", _NOTE),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "subject_b_encoded_with_a_language_tag",
        False,
        _subject(f"=?utf-8*ro?B?{_B}?="),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "subject_b_encoded_under_a_whatwg_label",
        False,
        _subject(f"=?unicode-1-1-utf-8?B?{_B}?="),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "genuine_cover_note_in_utf16",
        True,
        _utf16("utf-16", "utf-16", COVER),
        policy_toml=policy,
    ),
]
