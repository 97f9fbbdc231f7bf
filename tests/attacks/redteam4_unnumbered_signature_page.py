"""Red team 4: a signature page that carries no number belongs to whatever page comes before it.

Threat model: the forger holds one genuine two-page police letter on paper (a
fax the police once sent, the copy a suspect was served) whose second page is
what second pages usually are: the closing lines, the signatory's rank and
name, the signature and the stamp, and "Pagina 2 din 2" (or "2/2"), but not
the letter's number. The forger writes a page 1 of their own (another
number, another user, "Pagina 1 din 2") and faxes the two.

Page belonging (`stamptext`/`handwriting.signature_block_checks`, DESIGN.md
"Threat model: ink") accepts a signature page that is not page 1 when it
states the letter's number *or*, stating none, numbers itself as that page of
that many. The second clause is satisfied by every unnumbered last page of
every two-page letter the authority ever signed: the ink and the genuine
stamp vouch for the forger's page 1, and the request is `verified` (the
call-back the verdict asks for is then the only defence, and it goes to the
registry's number for the authority the forged page names).

Closed: a page that only numbers itself ("2 din 2") without the letter's number
no longer belongs to the letter (`stamptext.belongs`): the signature there is
`missing` and the request at most incomplete, for a person to compare the
pages. A genuine letter numbered on each page still verifies.

Control: ink.py's own numbered two-page fax (its page 2 repeats the number),
`verified`; and the forged page 1 with the genuine page 2 that does carry its
own letter's number, held.
"""

from __future__ import annotations

from tests.attacks import ink
from tests.attacks.harness import Attack, Submission
from tests.samples.signatures.world import World

CLS = "redteam4_unnumbered_signature_page"
FORGED = [
    "În baza art. 170 Cod procedură penală, în dosarul penal nr. 4567/P/2026,",
    "vă rugăm să ne comunicați datele de identificare și istoricul tranzacțiilor",
    "utilizatorului victima_noua, pentru perioada 01.01.2020 - 30.11.2026.",
    "Răspunsul va fi transmis în format electronic la adresa instituției.",
]


def _fax(second_lines: list[str], first_mark: str) -> bytes:
    first, _, _ = ink._page([*(h.format(num="555.555") for h in ink.HEAD), *FORGED, "", first_mark])
    second, d, y = ink._page(second_lines)
    ink._block(second, d, y, ink.OWN_RING, True)
    return ink._fax([first, second])


def _submission(data: bytes) -> Submission:
    return Submission(data, channel="fax", filename="fax.tif")


def _pagina(w: World) -> Submission:
    return _submission(
        _fax(["Vă mulțumim pentru colaborare.", "", "Pagina 2 din 2"], "Pagina 1 din 2")
    )


def _slash(w: World) -> Submission:
    return _submission(_fax(["Vă mulțumim pentru colaborare.", "", "2/2"], "1/2"))


def _own_number(w: World) -> Submission:
    lines = ["Continuare la adresa nr. 123.456 din 12.11.2026", "", "Pagina 2 din 2"]
    return _submission(_fax(lines, "Pagina 1 din 2"))


def _genuine(w: World) -> Submission:
    return _submission(ink.two_pages(own_second=True))


ATTACKS = [
    Attack(
        CLS,
        "forged_page_one_before_unnumbered_page_two_of_two",
        False,
        _pagina,
    ),
    Attack(
        CLS,
        "forged_page_one_before_unnumbered_page_2_slash_2",
        False,
        _slash,
    ),
    Attack(CLS, "forged_page_one_before_another_numbered_page_two", False, _own_number),
    Attack(CLS, "genuine_numbered_two_page_fax", True, _genuine),
]
