"""Red team 3: an HTML attachment whose text the hidden-text heuristic calls hidden, and a browser shows.

Threat model (`unsigned.py`'s): an attacker in the police mailbox sends an old
genuine signed letter with an HTML annex of their own ("completare.html").
The rule reads an HTML attachment as `htmltext.html_to_text` shows it, and
that leaves out what `read_html` judges hidden. The judgement is one-way: a
scope once hidden stays hidden for every descendant, and any hiding
declaration anywhere in the matched rules counts. CSS does not work so:

- `font-size:0` on a container and a real size on its child (the e-mail
  coders' whitespace trick): the child's text is shown;
- `visibility:hidden` on a container and `visibility:visible` on a child:
  the child is shown (visibility is inherited, and overridable);
- the `hidden` attribute with an inline `display:block`: author style beats
  the user-agent rule, the element is shown;
- `.x{display:none}` followed by `.x{display:block}`: the later rule wins;
- `display:none` inside `@media print { … }`: hidden on paper only;
- `mso-hide:all`: only Outlook for Windows honours it; a browser, Gmail,
  Thunderbird, OWA show the text.

In a *body* part the `alternatives` check would fail such a mail for hidden
text (conservatively), but `parsers.alternatives.examine` skips parts with
`Content-Disposition: attachment`, and the legal team opens the annex in a
browser. The demand is a postscript (no request verb): `verified`.

Control: a genuine HTML annex restating the letter's request word for word:
`verified`.

Closed: `unsigned.html_everything` searches every text a client might draw, whatever the
styles hide.
"""

from __future__ import annotations

from collections.abc import Callable
from email.mime.text import MIMEText

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER
from tests.attacks.redteam3_kit import DEMAND, police_mail, policy
from tests.samples.signatures.world import World

CLS = "redteam3_html_false_hidden"
WHERE = (
    "htmltext._TextParser keeps a scope hidden for all descendants and any hiding declaration "
    "wins; alternatives.examine skips attachments"
)


def _annex(doc: str) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        annex = MIMEText(doc, "html", "utf-8")
        annex.add_header("Content-Disposition", "attachment", filename="completare.html")
        return police_mail(w, MIMEText(COVER, "plain", "utf-8"), annex)

    return build


def _page(inner: str, style: str = "") -> str:
    head = f"<head><style>{style}</style></head>" if style else ""
    return (
        f"<html>{head}<body><p>Completare la adresa nr. 123.456 din 12.11.2026</p>"
        f"{inner}</body></html>"
    )


CASES: list[tuple[str, str, str]] = [
    (
        "font_size_zero_reset_by_the_child",
        _page(f"<div style='font-size:0'><span style='font-size:14px'>{DEMAND}</span></div>"),
        "a child's font-size does not undo the parent's 'tiny'",
    ),
    (
        "visibility_visible_under_hidden",
        _page(
            f"<div style='visibility:hidden'><span style='visibility:visible'>{DEMAND}</span></div>"
        ),
        "visibility:visible on a child does not undo the parent's hidden",
    ),
    (
        "hidden_attribute_overridden_inline",
        _page(f"<p hidden style='display:block'>{DEMAND}</p>"),
        "the hidden attribute counts even when an inline display overrides it",
    ),
    (
        "display_none_overridden_by_a_later_rule",
        _page(f"<p class='x'>{DEMAND}</p>", ".x{display:none} .x{display:block}"),
        "a display:none anywhere in the stylesheet's rules for the class counts",
    ),
    (
        "display_none_for_print_only",
        _page(f"<p class='x'>{DEMAND}</p>", "@media print{.x{display:none}}"),
        "htmltext.stylesheet reads the rule inside @media print as always on",
    ),
    (
        "mso_hide_shown_outside_outlook",
        _page(f"<p style='mso-hide:all'>{DEMAND}</p>"),
        "mso-hide:all hides only in Outlook for Windows; a browser shows it",
    ),
]


def _genuine_annex(w: World) -> Submission:
    doc = _page(
        "<p>Vă rugăm să ne comunicați datele de identificare și istoricul tranzacțiilor ale "
        "utilizatorului ion_vanzator88.</p>"
    )
    return _annex(doc)(w)


ATTACKS = [
    Attack(
        CLS,
        name,
        False,
        _annex(doc),
        policy_toml=policy,
    )
    for name, doc, gap in CASES
] + [
    Attack(CLS, "genuine_html_annex_restating_the_letter", True, _genuine_annex, policy_toml=policy)
]
