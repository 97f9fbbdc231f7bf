"""Red team 3: HTML a mail client renders and `htmltext.html_to_text` does not return.

Threat model (`unsigned.py`'s): an attacker in the police mailbox sends an old
genuine signed letter in an HTML-only mail of their own. The rule reads an
HTML body as `html_to_text` renders it (Python's html.parser, with `<head>`,
`<svg>`, `<noscript>`, `<title>` … dropped and comments skipped). A mail
client renders HTML with a browser engine or Word, and the two disagree:

- Outlook (Word) renders what `<!--[if mso]> … <![endif]-->` holds; the
  parser sees a comment;
- mail clients run no scripts, so `<noscript>` content is shown; the parser
  drops it;
- `<head>` never closed: a browser ends it at the first body content, the
  parser drops everything up to a `</head>` that never comes; text written
  inside `<head>` is likewise moved to the body by a browser;
- inline `<svg><text>` (Apple Mail, Thunderbird) is dropped;
- `<img alt>` is what a client shows for an image it cannot or does not load
  (a `cid:` naming no part); attributes are never read;
- `<!-->` ends a comment for a browser (HTML5 "abrupt closing"), not for
  html.parser, which skips to the next `-->`; `<![CDATA[` is a bogus comment
  ending at the first `>` for a browser, a marked section to the next `]]>`
  for html.parser;
- a word split across elements the parser breaks and a browser does not:
  `<div style="display:inline">`, adjacent table cells without padding.

The alternatives check sees none of it either (no hidden style; an HTML-only
mail has no alternative). The demand is a postscript (no request verb), so
no field is read from it: `verified`.

Control: a genuine Outlook HTML cover note, with the conditional comments and
the `<head>` Outlook writes holding only layout: `verified`.

Closed: `unsigned.html_everything` keeps comments, CDATA, the head and attribute texts,
and reads the HTML once with tags removed (a split word is whole).
"""

from __future__ import annotations

from collections.abc import Callable
from email.mime.text import MIMEText

from tests.attacks.harness import Attack, Submission
from tests.attacks.redteam3_kit import COVER_HTML, DEMAND, police_mail, policy
from tests.samples.signatures.world import World

CLS = "redteam3_html_unparsed"
P = f"<p>{DEMAND}</p>"


def _html(doc: str) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        return police_mail(w, MIMEText(doc, "html", "utf-8"))

    return build


def _body(inner: str) -> str:
    return f"<html><body>{COVER_HTML}{inner}</body></html>"


_INLINE = "<div style='display:inline'>"
CASES: list[tuple[str, str, str]] = [
    (
        "outlook_conditional_comment",
        _body(f"<!--[if mso]>{P}<![endif]-->"),
        "htmltext drops comments; Outlook renders <!--[if mso]> content",
    ),
    (
        "noscript",
        _body(f"<noscript>{P}</noscript>"),
        "htmltext._DROP has noscript; a mail client runs no script and shows it",
    ),
    (
        "head_never_closed",
        f"<html><head><meta charset='utf-8'><body>{COVER_HTML}{P}</body></html>",
        "htmltext drop_depth stays up without </head>; a browser closes <head> at <body>",
    ),
    (
        "text_inside_head",
        f"<html><head><meta charset='utf-8'>{DEMAND}</head><body>{COVER_HTML}</body></html>",
        "htmltext drops <head>; a browser moves its text into the body",
    ),
    (
        "inline_svg_text",
        _body(f"<svg width='900' height='40'><text x='0' y='20'>{DEMAND}</text></svg>"),
        "htmltext._DROP has svg; Apple Mail/Thunderbird draw <svg><text>",
    ),
    (
        "image_alt_text",
        _body(f"<img src='cid:anexa@ipj' alt='{DEMAND}' width='600'>"),
        "attributes are never read; a client shows alt for an image it does not load "
        "(cid: is not in unsigned._REMOTE)",
    ),
    (
        "input_value",
        _body(f"<input type='text' size='90' value='{DEMAND}'>"),
        "attributes are never read; Apple Mail/Thunderbird draw the input with its value",
    ),
    (
        "abruptly_closed_comment",
        _body(f"<!-->{P}<!-- -->"),
        "html.parser skips from <!--> to the next -->; HTML5 ends the comment at <!-->",
    ),
    (
        "cdata_section",
        _body(f"<![CDATA[>{P}<p>]]>"),
        "html.parser skips <![CDATA[ to ]]>; a browser ends the bogus comment at the first >",
    ),
    (
        "word_split_by_an_inline_div",
        _body(
            f"<p>P.S. Atașați la răspuns și paro{_INLINE}lele</div> contului și "
            f"conver{_INLINE}sațiile</div> private.</p>"
        ),
        "htmltext breaks the line at every <div> (_BLOCK) whatever its display; the client "
        "draws 'parolele' whole",
    ),
    (
        "word_split_across_table_cells",
        _body(
            "<table cellspacing='0' cellpadding='0'><tr><td>P.S. Atașați la răspuns și paro</td>"
            "<td>lele contului și conver</td><td>sațiile private.</td></tr></table>"
        ),
        "htmltext puts a space between cells (_CELL); adjacent cells without padding read as "
        "one word",
    ),
]


def _genuine_outlook(w: World) -> Submission:
    doc = (
        "<html xmlns:o='urn:schemas-microsoft-com:office:office'><head>"
        "<meta http-equiv='Content-Type' content='text/html; charset=utf-8'>"
        "<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/>"
        "</o:OfficeDocumentSettings></xml><![endif]-->"
        "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:Calibri}</style></head>"
        f"<body lang='RO'><div class='WordSection1'>{COVER_HTML}"
        "<!--[if mso]><table><tr><td width='600'><![endif]-->"
        "<p class='MsoNormal'>Comisar de poliție Popescu Ion</p>"
        "<!--[if mso]></td></tr></table><![endif]--></div></body></html>"
    )
    return police_mail(w, MIMEText(doc, "html", "utf-8"))


ATTACKS = [
    Attack(
        CLS,
        name,
        False,
        _html(doc),
        policy_toml=policy,
    )
    for name, doc, gap in CASES
] + [Attack(CLS, "genuine_outlook_html_cover_note", True, _genuine_outlook, policy_toml=policy)]
