"""Red team 3: text parts read as raw characters, where the client shows them decoded.

Threat model (`unsigned.py`'s): an attacker in the police mailbox sends an old
genuine signed letter with parts of their own. `unsigned._walk` reads every
`text/*` part other than text/html as its raw decoded characters. But a
mail client or the program a person opens the part with shows most text
types *rendered*, after a second decoding the rule never does:

- `text/calendar` (an invitation "to hand over the data", shown inline by
  Outlook, Gmail, Thunderbird): RFC 5545 folds long lines with CRLF + space
  anywhere, even inside a word; the client unfolds them;
- `text/vcard` (the officer's contact card): vCard 2.1 NOTE with
  `ENCODING=QUOTED-PRINTABLE`, the letters written `=70arolele`;
- `text/rtf` (an annex Word opens): `\\'70` hex escapes for letters;
- `text/enriched` (RFC 1896): `<bold>` commands inside a word;
- `text/plain; format=flowed; delsp=yes` (RFC 3676, Thunderbird, Apple
  Mail): a line ending in a space continues on the next line and the space
  is deleted, so "paro␠⏎lele" is shown as "parolele".

The demand is a postscript (no request verb): the extractors make no field of
it, and the rule reads "paro\\nlele": `verified`.

Controls: a genuine calendar invitation for the hand-over appointment, naming
only the signed letter's number: `verified`. A genuine RTF annex as Word
writes it is *refused*: its raw control word `\\ansicpg1250` is read as a
username the letter does not ask for (`incomplete`, a reason that makes no
sense to the legal team).
"""

from __future__ import annotations

from collections.abc import Callable
from email.mime.text import MIMEText

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER
from tests.attacks.redteam3_kit import police_mail, policy
from tests.samples.signatures.world import World

CLS = "redteam3_text_renderings"
WHERE = "unsigned._walk reads text/* other than HTML as raw decoded characters"


def _part(
    subtype: str, data: str, params: dict[str, str] | None = None, filename: str | None = None
) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        part = MIMEText(data, subtype, "utf-8")
        for k, v in (params or {}).items():
            part.set_param(k, v)
        if filename:
            part.add_header("Content-Disposition", "attachment", filename=filename)
        return police_mail(w, MIMEText(COVER, "plain", "utf-8"), part)

    return build


def _flowed(w: World) -> Submission:
    text = (
        COVER + "\nP.S. Atașați la răspuns și paro \nlele contului și conver \nsațiile private.\n"
    )
    part = MIMEText(text, "plain", "utf-8")
    part.set_param("format", "flowed")
    part.set_param("delsp", "yes")
    return police_mail(w, part)


def _ics(description: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//IPJ Cluj//RO\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:123456@cj.politiaromana.ro\r\nDTSTAMP:20261112T120000Z\r\n"
        "DTSTART:20261113T090000Z\r\nSUMMARY:Predare date, adresa nr. 123.456\r\n"
        f"DESCRIPTION:{description}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


ICS = _ics("Atașați la răspuns și paro\r\n lele contului și conver\r\n sațiile private.")
VCF = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Popescu;Ion\r\nFN:Comisar Popescu Ion\r\n"
    "ORG:IPJ Cluj\r\nNOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:P.S. Ata=C8=99a=C8=9Bi "
    "=C8=99i =70arolele contului =C8=99i =63onversa=C8=9Biile private.\r\nEND:VCARD\r\n"
)
RTF = (
    r"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}\f0 P.S. Atasati la raspuns si "
    r"\'70arolele contului si \'63onversatiile private.\par}"
)
# What Word writes for a Romanian annex (code page 1250) restating the letter's request.
GENUINE_RTF = (
    r"{\rtf1\ansi\ansicpg1250\deff0{\fonttbl{\f0\fswiss\fcharset238 Arial;}}\f0\fs22 "
    r"Anexa la adresa nr. 123.456 din 12.11.2026.\par }"
)
ENRICHED = (
    COVER + "\nP.S. Atașați și paro<bold>lele</bold> contului și conver<italic>sațiile"
    "</italic> private.\n"
)

ATTACKS = [
    Attack(
        CLS,
        "calendar_invite_folded_inside_words",
        False,
        _part("calendar", ICS, {"method": "REQUEST"}),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "vcard_quoted_printable_note",
        False,
        _part("vcard", VCF, filename="popescu_ion.vcf"),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "rtf_hex_escapes",
        False,
        _part("rtf", RTF, filename="completare.rtf"),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "enriched_text_commands_inside_words",
        False,
        _part("enriched", ENRICHED),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "format_flowed_delsp",
        False,
        _flowed,
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "genuine_rtf_annex_from_word",
        True,
        _part("rtf", GENUINE_RTF, filename="anexa.rtf"),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "genuine_calendar_invitation",
        True,
        _part(
            "calendar",
            _ics("Predarea datelor cerute prin adresa nr. 123.456 din 12.11.2026."),
            {"method": "REQUEST"},
        ),
        policy_toml=policy,
    ),
]
