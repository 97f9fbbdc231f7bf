"""Red team 3: `bind` compares the extractors' values by their letters and digits only.

Threat model (`unsigned_extras`'): an attacker in the police mailbox holds an
old genuine signed letter asking for the data of `ion_vanzator88` and wants
the data of another account. On a marketplace `ion.vanzator88`,
`ion-vanzator88` and `ionvanzator88` are other accounts than
`ion_vanzator88` (anyone can register them, e.g. the person the attacker is
after).

`binding.bind` accepts a field value when the signed text states it word for
word (it does not: "_" is not "." or "-") *or* when the extractors read "the
same value" from the signed text alone, and "the same" is `_key(value)`:
folded, every character but [a-z0-9] dropped. So `ion.vanzator88`,
`ion-vanzator88` and `ionvanzator88` are all `ionvanzator88`, "stated" by
the letter. The request comes out `verified` with the other account among its
**fields** (`subjects`): the data export the legal team runs from the
structured request fetches it.

The body that names the account must be one the parse step reads and the
unsigned-text rule does not (in the plain body `unsigned.py` names the
username), so these cases use two of this round's unread places: a text file
inside winmail.dat (`redteam3_tnef_content`) and an HTML body that sniffs as
a PDF (`redteam3_pdf_polyglot`). The binding flaw is the class: with those
places read, the structured request would still carry the other account.

Control: the same winmail.dat text naming the letter's own user: `verified`.

Closed: `binding._vkey` compares usernames with their separators (ion.vanzator88 is
another account).
"""

from __future__ import annotations

from collections.abc import Callable
from email.mime.application import MIMEApplication
from email.mime.text import MIMEText

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER
from tests.attacks.redteam3_kit import COVER_HTML, police_mail, policy
from tests.attacks.redteam3_pdf_polyglot import _hidden_pdf
from tests.attacks.redteam_kit import winmail_dat
from tests.samples.signatures.world import World

CLS = "redteam3_binding_key"
WHERE = (
    "binding.bind accepts a value whose _key (letters and digits only) equals one the "
    "extractors read from the signed text"
)
LIST = (
    "Pentru utilizatorul {} vă rugăm să ne comunicați:\n1. datele de identificare;\n"
    "2. istoricul tranzacțiilor."
)


def _in_tnef(user: str) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        inner = (("completare.txt", LIST.format(user).encode()),)
        part = MIMEApplication(winmail_dat(inner), "ms-tnef")
        part.add_header("Content-Disposition", "attachment", filename="winmail.dat")
        return police_mail(w, MIMEText(COVER, "plain", "utf-8"), part)

    return build


def _in_polyglot_html(user: str) -> Callable[[World], Submission]:
    def build(w: World) -> Submission:
        items = LIST.format(user).replace("\n", "<br>")
        doc = f"<html><body>{COVER_HTML}<p>{items}</p><!--\n{_hidden_pdf()}\n--></body></html>"
        return police_mail(w, MIMEText(doc, "html", "utf-8"))

    return build


ATTACKS = [
    Attack(
        CLS,
        "dotted_username_binds_to_the_underscored_one",
        False,
        _in_polyglot_html("ion.vanzator88"),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "hyphenated_username_binds_to_the_underscored_one",
        False,
        _in_tnef("ion-vanzator88"),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "username_without_separator_binds_to_the_underscored_one",
        False,
        _in_tnef("ionvanzator88"),
        policy_toml=policy,
    ),
    Attack(
        CLS,
        "genuine_annex_naming_the_letters_own_user",
        True,
        _in_tnef("ion_vanzator88"),
        policy_toml=policy,
    ),
]
