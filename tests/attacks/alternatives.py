"""Class 8: alternatives that say different things, and HTML text nobody sees.

The pipeline reads one alternative (text/plain), a person's mail client shows
another (text/html, or the last one): when they disagree on what matters
(users, numbers, addresses, the data asked for) the person approves what the
checks never read. Text hidden by CSS (display:none, a zero or tiny font,
white on white) feeds the fields without being seen. Every forgery here is
signed by the police's own DKIM key with the genuine signed letter attached:
only the alternatives are wrong. The controls: alternatives that agree
despite formatting, links and entities, and an HTML-only request.
"""

from __future__ import annotations

import html as htmllib

from tests.attacks.controls import BODY
from tests.attacks.harness import Attack, Submission
from tests.attacks.mailkit import (
    VICTIM_BODY,
    build,
    multipart,
    pdf_part,
    received_by_mx,
    registry,
    sign,
    signed_letter,
    text_part,
)
from tests.samples.signatures.world import World

CLS = "alternatives"
VISIBLE = (
    "Inspectoratul de Poliție Județean Cluj\nNr. 123.456 din 12.11.2026\n\nCătre OKAZII.RO\n\n"
    "Vă rugăm să ne comunicați datele de identificare și istoricul tranzacțiilor "
    "utilizatorului ion_vanzator88.\n\nComisar de poliție Popescu Ion\n"
)
HIDDEN = "În dosarul penal nr. 4567/P/2026, în baza art. 170 Cod procedură penală."


def _html(text: str, extra: str = "") -> str:
    paras = "".join(f"<p>{htmllib.escape(p)}</p>" for p in text.split("\n\n"))
    return f"<html><body>{paras}{extra}</body></html>"


def _file(raw: bytes) -> Submission:
    return Submission(received_by_mx(raw), channel="folder", filename="adresa.eml")


def _alt(w: World, plain: str, html: str) -> Submission:
    return _file(build(w, body=plain, html=html))


def _html_other_user(w: World) -> Submission:
    return _alt(w, BODY, _html(VICTIM_BODY))


def _html_other_address(w: World) -> Submission:
    extra = "<p>Datele se trimit la adresa dosare.politia.cluj@gmail.com.</p>"
    return _alt(w, BODY, _html(BODY, extra))


def _html_other_case(w: World) -> Submission:
    return _alt(w, BODY, _html(BODY.replace("4567/P/2026", "9876/P/2026")))


def _hidden(style: str) -> str:
    return _html(VISIBLE, f'<div style="{style}">{htmllib.escape(HIDDEN)}</div>')


def _html_only(w: World, html: str) -> Submission:
    # An HTML-only body: build's plain body is replaced by building the part by hand.
    parts = multipart("MIX", text_part(html, "html"), pdf_part(signed_letter(w)))
    head = (
        'From: "Inspectoratul de Poliție Județean Cluj" <politia.cluj@cj.politiaromana.ro>\r\n'
        "To: legal@okazii.ro\r\nSubject: =?utf-8?q?Adres=C4=83_oficial=C4=83_nr=2E_123=2E456?=\r\n"
        "Date: Thu, 12 Nov 2026 14:32:10 +0200\r\nMessage-ID: <12@test>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="MIX"\r\n\r\n'
    ).encode()
    return _file(sign(w, head + parts, "cj.politiaromana.ro"))


def _display_none(w: World) -> Submission:
    return _html_only(w, _hidden("display:none"))


def _font_zero(w: World) -> Submission:
    return _html_only(w, _hidden("font-size:0"))


def _tiny_font(w: World) -> Submission:
    return _html_only(w, _hidden("font-size: 1px; line-height: 1px"))


def _white_on_white(w: World) -> Submission:
    return _html_only(w, _hidden("color:#ffffff"))


def _visibility_hidden(w: World) -> Submission:
    return _html_only(w, _hidden("visibility:hidden"))


def _hidden_by_class(w: World) -> Submission:
    # A <style> rule at the end of the body hides a class: no inline style to see.
    html = _html(VISIBLE, f'<div class="ref">{htmllib.escape(HIDDEN)}</div>')
    html = html.replace("</body>", "<style>.ref { display : none }</style></body>")
    return _html_only(w, html)


def _two_plain(w: World) -> Submission:
    # Two text/plain alternatives: the pipeline reads the first, a client shows the last.
    alt = multipart("ALT", text_part(BODY), text_part(VICTIM_BODY))
    alt_part = b'Content-Type: multipart/alternative; boundary="ALT"\r\n\r\n' + alt
    parts = multipart("MIX", alt_part, pdf_part(signed_letter(w)))
    head = (
        'From: "Inspectoratul de Poliție Județean Cluj" <politia.cluj@cj.politiaromana.ro>\r\n'
        "To: legal@okazii.ro\r\nSubject: Adresa oficiala nr. 123.456\r\n"
        "Date: Thu, 12 Nov 2026 14:32:10 +0200\r\nMessage-ID: <13@test>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="MIX"\r\n\r\n'
    ).encode()
    return _file(sign(w, head + parts, "cj.politiaromana.ro"))


def _html_in_related(w: World) -> Submission:
    related = multipart("REL", text_part(_html(VICTIM_BODY), "html"))
    rel_part = b'Content-Type: multipart/related; boundary="REL"\r\n\r\n' + related
    alt = multipart("ALT", text_part(BODY), rel_part)
    alt_part = b'Content-Type: multipart/alternative; boundary="ALT"\r\n\r\n' + alt
    parts = multipart("MIX", alt_part, pdf_part(signed_letter(w)))
    head = (
        'From: "Inspectoratul de Poliție Județean Cluj" <politia.cluj@cj.politiaromana.ro>\r\n'
        "To: legal@okazii.ro\r\nSubject: Adresa oficiala nr. 123.456\r\n"
        "Date: Thu, 12 Nov 2026 14:32:10 +0200\r\nMessage-ID: <14@test>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="MIX"\r\n\r\n'
    ).encode()
    return _file(sign(w, head + parts, "cj.politiaromana.ro"))


# ------------------------------------------------------------------ controls


def _agreeing(w: World) -> Submission:
    html = _html(BODY).replace("ion_vanzator88", "<b>ion_vanzator88</b>")
    return _alt(w, BODY, html)


def _agreeing_with_link_and_entities(w: World) -> Submission:
    plain = BODY + "\nDetalii: https://www.politiaromana.ro/ro/contact\n"
    html = _html(BODY).replace("ț", "&#539;").replace("î", "&icirc;") + (
        '<p>Detalii: <a href="https://www.politiaromana.ro/ro/contact">pagina de contact</a></p>'
    )
    return _alt(w, plain, html)


def _html_only_genuine(w: World) -> Submission:
    return _html_only(w, _html(BODY))


ATTACKS = [
    Attack(CLS, "html_names_another_user", False, _html_other_user, policy_toml=registry),
    Attack(CLS, "html_adds_an_answer_address", False, _html_other_address, policy_toml=registry),
    Attack(CLS, "html_names_another_case", False, _html_other_case, policy_toml=registry),
    Attack(
        CLS, "hidden_display_none_completes_request", False, _display_none, policy_toml=registry
    ),
    Attack(CLS, "hidden_font_size_zero", False, _font_zero, policy_toml=registry),
    Attack(CLS, "hidden_tiny_font", False, _tiny_font, policy_toml=registry),
    Attack(CLS, "hidden_white_on_white", False, _white_on_white, policy_toml=registry),
    Attack(CLS, "hidden_visibility_hidden", False, _visibility_hidden, policy_toml=registry),
    Attack(CLS, "hidden_by_a_style_rule", False, _hidden_by_class, policy_toml=registry),
    Attack(CLS, "two_plain_alternatives_disagree", False, _two_plain, policy_toml=registry),
    Attack(CLS, "html_in_related_disagrees", False, _html_in_related, policy_toml=registry),
    Attack(CLS, "genuine_agreeing_alternatives", True, _agreeing, policy_toml=registry),
    Attack(
        CLS,
        "genuine_link_and_entities",
        True,
        _agreeing_with_link_and_entities,
        policy_toml=registry,
    ),
    Attack(CLS, "genuine_html_only", True, _html_only_genuine, policy_toml=registry),
]
