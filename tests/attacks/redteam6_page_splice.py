"""Red team 6: a page written by the forger inside a genuine multi-page letter on paper.

On paper the ink signs "its letter": the pages from the one that opens the
letter ("Nr. X din <date>" at a line's start, `stamptext.letter_pages`) to the
signature page; the signature page must belong to the page that opens the letter
(`stamptext.belongs`: the two carry a common number). Every field of the request is
read from every page of that span, and none of it needs to be on the page the ink
is on. What ties a page to the ink is a number, and numbers are what a forger
copies:

- a forged page 1 that repeats the genuine letter's own registration number (the
  genuine page 2 says "Continuare la adresa nr. 123.456 din 12.11.2026": the forger
  reads it there) and asks for another user;
- a forged page 1 with its own number in the same criminal case, before a genuine
  signature page that cites only the case ("în dosarul penal nr. 4567/P/2026"): the
  case number is one of the "letter's numbers" `belongs` compares, and every letter
  the police write in that case carries it (a suspect is served some of them);
- a forged page slipped *between* the genuine page 1 and the genuine signature page
  of a two-page letter (now three pages): neither the page opening the letter nor the
  signature page changed, and a middle page is checked by nothing, not even its page
  numbering ("Pagina 2 din 2" on what is now page 3 is not compared).

Threat model: the forger holds one genuine signed police letter on paper (a fax the
police once sent, the copy a suspect was served), and wants a victim's or a
witness's data. The call-back the verdict asks for confirms letter 123.456 or case
4567/P/2026 with the inspectorate: both exist.

Control: the genuine two-page fax of `ink.py` (page 2 repeats the letter's number),
`verified`.

Session 13: every page between page 1 and the signature page must be tied to page 1 too,
and a page whose "Pagina X din Y" says another position is not that page
(`stamptext.belongs`, `handwriting._belonging`): the slipped-in page is closed. The first
two variants stay known gaps (see GAP): whatever ties the pages (the registration number,
the case number) is on the genuine page for the forger to copy into his page 1; tying by the
registration number alone was tried and lost four genuine letters of blind rounds 3-5 whose
page 2 cites only the case, for no real gain (the forger then copies the number of a genuine
page that shows one). The call-back now reads back the content.
"""

from __future__ import annotations

from PIL import Image

from tests.attacks import ink
from tests.attacks.harness import Attack, Submission
from tests.samples.signatures.world import World

CLS = "redteam6_page_splice"
NEW_USER = "mariapop1990"
FORGED_REQUEST = [
    "În baza art. 170 Cod procedură penală, în dosarul penal nr. 4567/P/2026,",
    "vă rugăm să ne comunicați datele de identificare și istoricul tranzacțiilor",
    f"utilizatorului {NEW_USER}, pentru perioada 01.09.2026 - 30.11.2026.",
    "Răspunsul va fi transmis în format electronic la adresa instituției.",
]


def _first(num: str, request: list[str], page: str) -> Image.Image:
    img, _, _ = ink._page([*(h.format(num=num) for h in ink.HEAD), *request, "", page])
    return img


def _signed(lines: list[str]) -> Image.Image:
    img, d, y = ink._page(lines)
    ink._block(img, d, y, ink.OWN_RING, True)
    return img


def _same_number(w: World) -> Submission:
    forged = _first("123.456", FORGED_REQUEST, "Pagina 1 din 2")
    genuine = _signed(["Continuare la adresa nr. 123.456 din 12.11.2026", "", "Pagina 2 din 2"])
    return Submission(ink._fax([forged, genuine]), channel="fax", filename="fax.tif")


def _same_case(w: World) -> Submission:
    forged = _first("124.981", FORGED_REQUEST, "Pagina 1 din 2")
    genuine = _signed(
        [
            "Menționăm că datele solicitate sunt necesare soluționării cauzei",
            "înregistrate în dosarul penal nr. 4567/P/2026.",
            "",
            "Pagina 2 din 2",
        ]
    )
    return Submission(ink._fax([forged, genuine]), channel="fax", filename="fax.tif")


def _middle_page(w: World) -> Submission:
    genuine_first = _first("123.456", ink.REQUEST, "Pagina 1 din 2")
    forged_middle, _, _ = ink._page(
        [
            "De asemenea, în același dosar penal, vă rugăm să ne comunicați",
            "datele de identificare și istoricul tranzacțiilor",
            f"utilizatorului {NEW_USER}, pentru aceeași perioadă.",
        ]
    )
    genuine_last = _signed(
        ["Continuare la adresa nr. 123.456 din 12.11.2026", "", "Pagina 2 din 2"]
    )
    return Submission(
        ink._fax([genuine_first, forged_middle, genuine_last]), channel="fax", filename="fax.tif"
    )


def _genuine(w: World) -> Submission:
    return Submission(ink.two_pages(own_second=True), channel="fax", filename="fax.tif")


GAP = (
    "inherent to paper: ink signs only the page it is on, and a page 1 that repeats a number "
    "the genuine page shows (its registration or case number) is tied to it exactly as the "
    "genuine page 1 was; what catches it is the "
    "call-back, which for paper now lists the content to read back (`callback.confirm`: users, "
    "data) and says which pages carry no ink (evaluation._what_to_confirm)"
)

ATTACKS = [
    Attack(
        CLS,
        "forged_page_one_reusing_the_letter_number",
        False,
        _same_number,
        "page 1 written by the forger with the genuine page 2's number",
        known_gap=GAP,
    ),
    Attack(
        CLS,
        "forged_page_one_same_case_number",
        False,
        _same_case,
        "page 1 with its own number; the genuine signature page cites only the case",
        known_gap=GAP,
    ),
    Attack(
        CLS,
        "forged_page_between_page_one_and_signature",
        False,
        _middle_page,
        "an unnumbered page slipped into a genuine two-page letter",
    ),
    Attack(CLS, "genuine_two_page_fax", True, _genuine),
]
