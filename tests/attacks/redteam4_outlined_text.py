"""Red team 4: words drawn as vector outlines on an unsigned annex page are read by nobody.

Threat model (`unsigned.py`'s): an attacker in the police mailbox sends an old
genuine signed letter with an unsigned PDF annex of their own. Since red team
3, `unsigned_collect._files` reads an annex page's text layer and OCRs the
*pictures* on it (`pictures.read`: page objects of type IMAGE only). Text
converted to outlines (what Illustrator, Inkscape, Word's "PDF/A with fonts
as curves" and many print drivers write) is neither: each letter is a filled
path, the page shows the words, the text layer holds none of them and there is
no image to OCR. A typed heading (20 characters or more) keeps the page from
being OCR'd whole.

- the demand ("P.S. Atașați la răspuns și parolele contului și conversațiile
  private.") drawn as outlines under the annex's typed heading;
- another user ("Utilizator vizat: maria_cumparatoare77") drawn so;
- the demand on the annex's second page, under a typed page footer.

Each is `verified`. Control: the annex with the same heading and a typed line
restating the letter's reference, `verified`.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, IPJ
from tests.attacks.redteam3_kit import ANNEX_HEAD, _pdf_string, _raw_pdf, _stream
from tests.attacks.redteam4_kit import POLICE, eml, outlined_text
from tests.attacks.redteam_kit import sealed_letter
from tests.samples.signatures.world import World

CLS = "redteam4_outlined_text"
DEMAND = "P.S. Atașați la răspuns și parolele contului și conversațiile private."
GAP = (
    "unsigned_collect._files reads a page's text layer, and pictures.read OCRs only IMAGE "
    "page objects (pictures._regions): {what} drawn as filled paths is neither"
)
_HELV = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def _typed(text: str, y: int) -> bytes:
    return b"BT /F1 11 Tf 40 %d Td (" % y + _pdf_string(text) + b") Tj ET\n"


def annex(*pages: bytes) -> bytes:
    """An annex whose pages have these content streams (Helvetica as /F1)."""
    n = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n)).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n,
        _HELV,
    ]
    for i, content in enumerate(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i)
        )
        objects.append(_stream(content))
    return _raw_pdf(objects)


def _mail(w: World, pdf: bytes) -> Submission:
    raw = w.mail(
        POLICE,
        display=IPJ,
        body=COVER,
        attachments=(("adresa.pdf", sealed_letter(w)), ("anexa1.pdf", pdf)),
        dkim_domain="cj.politiaromana.ro",
    )
    return eml(raw)


def _outlined_demand(w: World) -> Submission:
    return _mail(w, annex(_typed(ANNEX_HEAD, 780) + outlined_text(DEMAND, 40, 750, 11)))


def _outlined_user(w: World) -> Submission:
    drawn = outlined_text("Utilizator vizat: maria_cumparatoare77", 40, 750, 11)
    return _mail(w, annex(_typed(ANNEX_HEAD, 780) + drawn))


def _second_page(w: World) -> Submission:
    first = _typed(ANNEX_HEAD, 780)
    second = _typed("Anexa nr. 1 la adresa nr. 123.456 - pagina 2 din 2", 40) + outlined_text(
        DEMAND, 40, 780, 11
    )
    return _mail(w, annex(first, second))


def _typed_only(w: World) -> Submission:
    line = "Prezenta anexa face parte din adresa nr. 123.456 din 12.11.2026."
    return _mail(w, annex(_typed(ANNEX_HEAD, 780) + _typed(line, 750)))


def _attack(name: str, genuine: bool, make, gap: str = "") -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, make, policy_toml=World.policy_toml, known_gap=gap)


ATTACKS = [
    _attack("demand_as_outlines", False, _outlined_demand, GAP.format(what="a demand")),
    _attack("other_user_as_outlines", False, _outlined_user, GAP.format(what="a username")),
    _attack(
        "demand_as_outlines_on_page_two",
        False,
        _second_page,
        GAP.format(what="a demand on page 2 under a typed footer"),
    ),
    _attack("genuine_typed_annex", True, _typed_only),
]
