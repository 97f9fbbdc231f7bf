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

Round 7 (blind, dev split): a reply in our thread, bringing the signed letter
our acknowledgement asked for, quotes that acknowledgement under Outlook's
header block; the text/plain header has a "To:" line with the sender's own
address, the HTML one has none, and the alternatives "disagreed". The mail's
own correspondents (its From and To) are not compared; any other address is.
Our quoted acknowledgement ("we need a signed official address") is ours in
the HTML's every rendering too, not a request the signed letter does not make.
"""

from __future__ import annotations

from tests.attacks.controls import BODY
from tests.attacks.harness import Attack, Submission
from tests.attacks.mailkit import POLICE, VICTIM_BODY, build, registry
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


_OUR_ACK = (
    "From: Registratura Okazii <registratura@okazii.ro>\nSent: Thursday, December 3, 2026 4:12 PM\n"
    "{to}Subject: [REG-2026-004417] Am primit solicitarea dumneavoastră\n\n"
    "> Am primit mesajul dumneavoastră și l-am înregistrat cu numărul REG-2026-004417.\n"
    "> Pentru a putea răspunde, avem nevoie de o adresă oficială semnată.\n"
)


def _reply_in_our_thread(w: World, to: str = POLICE) -> Submission:
    plain = f"{BODY}\n--\n{SIGNATURE}\n\n-----Original Message-----\n" + _OUR_ACK.format(
        to=f"To: {to}\n"
    )
    quote = (
        "<div style='border-top:solid #E1E1E1 1pt'><b>From:</b> Registratura Okazii "
        "&lt;registratura@okazii.ro&gt;<br><b>Sent:</b> Thursday, December 3, 2026 4:12 PM<br>"
        "<b>Subject:</b> [REG-2026-004417] Am primit solicitarea dumneavoastră</div>"
        "<p>Am primit mesajul dumneavoastră și l-am înregistrat cu numărul REG-2026-004417.<br>"
        "Pentru a putea răspunde, avem nevoie de o adresă oficială semnată.</p>"
    )
    html = _html(BODY, "").replace("</body>", quote + "</body>")
    return _file(build(w, body=plain, html=html))


def _reply_quoting_another_address(w: World) -> Submission:
    # The plain text's quoted header names an address that is neither correspondent.
    return _reply_in_our_thread(w, to="ancheta.cluj@gmail.com")


def _plain_answer_copied_in_cc(w: World) -> Submission:
    # Only text/plain (what the pipeline reads) names an answer address, which the
    # sender also put in Cc: a header the sender writes excuses no disagreement.
    plain = f"{BODY}\nRăspunsul la ancheta.cluj@gmail.com.\n--\n{SIGNATURE}\n"
    html = _html(BODY, "")
    cc = (("Cc", "ancheta.cluj@gmail.com"),)
    return _file(build(w, body=plain, html=html, extra_headers=cc))


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
    Attack(
        CLS,
        "genuine_reply_in_our_thread_quoting_our_acknowledgement",
        True,
        _reply_in_our_thread,
        policy_toml=registry,
    ),
    Attack(
        CLS,
        "plain_answer_address_copied_in_cc",
        False,
        _plain_answer_copied_in_cc,
        policy_toml=registry,
    ),
    Attack(
        CLS,
        "reply_whose_plain_quote_names_another_address",
        False,
        _reply_quoting_another_address,
        policy_toml=registry,
    ),
]
