"""Red team (genuine controls): an ordinary Outlook mail from the police is called forged.

Outlook (Exchange, which Romanian authorities widely use) writes the
text/plain alternative from the HTML: a link becomes "text<mailto:addr>" and
an inline image (the logo in a signature) "[cid:image001.png@01DB…]". The
HTML shows the link's text and the picture, not the address. The
`alternatives` check (`parsers/alternatives.significant`) counts e-mail
addresses and tokens holding digits; URLs are ignored, but `mailto:` targets
and `cid:` references are not, so the two alternatives "disagree" and a
genuine, signed police request is `suspicious` ("what a person reads is not
what was checked"). A legal team that learns to ignore that reason will
ignore it for the real forgeries too.

The forgery beside them (the HTML names another user) must stay caught.

Closed (issue 11, mail): `cid:` references are not compared, and an HTML
link's mailto: target is compared with the address text/plain writes.
"""

from __future__ import annotations

from tests.attacks.controls import BODY
from tests.attacks.harness import Attack, Submission
from tests.attacks.mailkit import VICTIM_BODY, build, registry
from tests.samples.signatures.world import World

CLS = "redteam_outlook"
SIGNATURE = "Comisar Popescu Ion"
MAILTO = "sice@cj.politiaromana.ro"
CID = "image001.png@01DB2C4E.5F3A1B20"


def _html(body: str, signature: str) -> str:
    paras = "".join(f"<p>{line}</p>" for line in body.split("\n"))
    return f"<html><body>{paras}<p>--<br>{SIGNATURE}<br>{signature}</p></body></html>"


def _file(raw: bytes) -> Submission:
    return Submission(raw, channel="folder", filename="adresa.eml")


def _mailto_link(w: World) -> Submission:
    service = "Serviciul de Investigare a Criminalității Economice"
    plain = f"{BODY}\n--\n{SIGNATURE}\n{service}<mailto:{MAILTO}>\n"
    html = _html(BODY, f'<a href="mailto:{MAILTO}">{service}</a>')
    return _file(build(w, body=plain, html=html))


def _inline_logo(w: World) -> Submission:
    plain = f"{BODY}\n--\n{SIGNATURE}\n[cid:{CID}]\n"
    html = _html(BODY, f'<img src="cid:{CID}" alt="Sigla IPJ Cluj">')
    return _file(build(w, body=plain, html=html))


def _html_names_other_user(w: World) -> Submission:
    plain = f"{BODY}\n--\n{SIGNATURE}\n"
    html = _html(VICTIM_BODY, "")
    return _file(build(w, body=plain, html=html))


ATTACKS = [
    Attack(
        CLS,
        "genuine_outlook_mailto_link_in_signature",
        True,
        _mailto_link,
        policy_toml=registry,
    ),
    Attack(
        CLS,
        "genuine_outlook_inline_logo",
        True,
        _inline_logo,
        policy_toml=registry,
    ),
    Attack(CLS, "html_names_another_user", False, _html_names_other_user, policy_toml=registry),
]
