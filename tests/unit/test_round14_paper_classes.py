"""Classes round 14's development split showed on paper; each test fails before its fix.

- A scan on its side that Tesseract reads anyway (its layout finds the vertical lines):
  every region read again on its own (the signature block under the pen) was then read
  across its lines and the rank and name were lost. Words whose boxes stand taller than
  wide now send the page to the orientation check and it is read turned
  (`ocr._sideways`).
- A page photographed on a table: the layout read the wood as columns and pictures and
  lost most lines (323 characters of 1,500). The sheet cut out of a background clearly
  darker than paper (`ocrrescue.sheet_box`) is read too and the better reading kept
  (cut out, other photos read worse); the colour regions the ink examination asks for
  are then taken at the sheet's offset.
- An envelope scanned as page 1 before a registered letter: the signature page was tied
  to the envelope. A page ties to the page that opens the letter (`letter_pages`), and a
  head read across its two columns ("MINISTERUL AFACERILOR INTERNE Nr. 241.590" /
  "INSPECTORATUL … din 27.11.2026") opens one.
- A ring abbreviating the police inspectorate ("I.P.J. MARAMUREȘ"), read "1.P.].": the
  kind's words are there in "I.P.J." (the county must still be read).
- A heading whose spaced words OCR ran together ("JUDECĂTORIA SIGHETUMARMAȚIEI").
- A washed-out scan whose darkest type is grey 135: no ink was "dark" and nothing was
  found; its levels are stretched to black first (`ink._levels_stretched`).
- "Nr." read "Ne,"; "@" read " O " before a mail provider; a quote and a space before a
  username; "ROMANIA Nr. 312.904" with its date under it in the right column.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
from PIL import Image, ImageDraw

from parsers.fields.numbers import reference
from parsers.fields.textview import TextView
from parsers.fields.usernames import mentions
from parsers.ocr import _offset, _sideways
from parsers.ocrrescue import sheet_box
from parsers.repair import repair_ocr
from router.policy import load_policy
from router.signatures.handwriting import _belonging
from router.signatures.stamptext import letter_pages, names


def _data(boxes: list[tuple[str, int, int]]) -> dict[str, list[object]]:
    return {
        "text": [w for w, _, _ in boxes],
        "width": [w for _, w, _ in boxes],
        "height": [h for _, _, h in boxes],
    }


def test_a_page_read_with_its_lines_running_up_is_sideways() -> None:
    up = _data([("datele", 20, 110), ("identificare", 22, 240)] * 8)
    across = _data([("datele", 110, 20), ("identificare", 240, 22)] * 8)
    assert _sideways(up)
    assert not _sideways(across)
    # short words say nothing ("1.", "de"); too few words decide nothing
    assert not _sideways(_data([("de", 10, 30)] * 40))
    assert not _sideways(_data([("datele", 20, 110)] * 3))


def _photo(colour: bool = False) -> Image.Image:
    """A sheet with lines of 'text' on a dark table, a red square at (400, 600) of the sheet."""
    table = Image.new("RGB", (1400, 1900), (90, 70, 50))
    sheet = Image.new("RGB", (1100, 1500), (235, 232, 225))
    d = ImageDraw.Draw(sheet)
    for y in range(100, 1300, 40):
        d.rectangle((80, y, 1000, y + 12), fill=(20, 20, 20))
    d.rectangle((400, 600, 440, 640), fill=(220, 20, 20))
    table.paste(sheet, (150, 200))
    return table if colour else table.convert("L")


def test_a_sheet_on_a_table_is_cut_out_and_a_scan_is_left_alone() -> None:
    box = sheet_box(_photo())
    assert box is not None
    x0, y0, x1, y1 = box
    assert 120 <= x0 <= 160 and 170 <= y0 <= 210 and 1240 <= x1 <= 1280 and 1690 <= y1 <= 1730
    scan = Image.new("L", (1240, 1754), 245)
    ImageDraw.Draw(scan).rectangle((100, 100, 1100, 1600), outline=0, width=3)
    assert sheet_box(scan) is None
    # a scanner's thin dark edge (1% of the width) is no table
    edge = scan.copy()
    ImageDraw.Draw(edge).rectangle((0, 0, 12, 1753), fill=30)
    assert sheet_box(edge) is None


def test_colour_asked_for_a_cut_out_sheet_is_asked_at_its_offset() -> None:
    asked: list[list[tuple[int, int, int, int]]] = []

    def colour(boxes: list[tuple[int, int, int, int]]) -> list[Image.Image | None]:
        asked.append(boxes)
        return [None] * len(boxes)

    shifted = _offset(colour, 150, 200)
    assert shifted is not None
    shifted([(10, 20, 30, 40)])
    assert asked == [[(160, 220, 180, 240)]]
    assert _offset(None, 1, 2) is None


ENVELOPE = "INSPECTORATUL DE POLIȚIE JUDEȚEAN MARAMUREȘ\nR RECOMANDAT\nRR 118 402 337 RO\nCătre\nS.C. OKAZII ONLINE S.R.L.\n"
LETTER = (
    "MINISTERUL AFACERILOR INTERNE Nr. 241.590\n"
    "INSPECTORATUL DE POLIȚIE JUDEȚEAN MARAMUREȘ din 27.11.2026\n"
    "În dosarul penal nr. 6498/P/2026 vă rugăm să ne comunicați datele utilizatorului x_mm.\n"
    "Comisar-șef de poliție Hotea Gavril\n"
)


def test_a_letter_opens_after_its_envelope_and_its_signature_page_is_tied_to_it() -> None:
    read = [{"number": 1, "text": ENVELOPE}, {"number": 2, "text": LETTER}]
    inside, outside = letter_pages(read, 2)
    assert [p["number"] for p in inside] == [2] and outside == [1]
    best = SimpleNamespace(number=2, text=LETTER, reading={"pages": 2, "read": read})
    state, _why = _belonging(best)  # type: ignore[arg-type]
    assert state == "tied"
    # ... but a page before the letter that was not read (a typed page, a text layer) may
    # say anything: the letter is still held to its page 1 (red team's typed page)
    unread = SimpleNamespace(number=2, text=LETTER, reading={"pages": 2, "read": read[1:]})
    state, why = _belonging(unread)  # type: ignore[arg-type]
    assert state == "untied" and "page 1 was not read" in why
    # a left column that cites another paper opens nothing
    annex = "ANEXĂ LA ADRESA Nr. 241.590\nINSPECTORATUL DE POLIȚIE din 27.11.2026\nlista\n"
    inside, _ = letter_pages([{"number": 1, "text": LETTER}, {"number": 2, "text": annex}], 2)
    assert [p["number"] for p in inside] == [1, 2]


def test_a_ring_abbreviating_the_inspectorate_names_it_but_not_another_county() -> None:
    ipj = "Inspectoratul de Poliție Județean Maramureș"
    assert names("ROMANIA * M.A.I. * I.P.J. MARAMURES", ipj)
    assert names("ROMANIA * MALI. * 1.P.]. MARAMURES 233", ipj)
    assert not names("ROMANIA * M.A.I. * I.P.J. SUCEAVA", ipj)
    assert not names("INSPECTORATUL DE JANDARMI JUDEȚEAN MARAMUREȘ * JANDARMERIA", ipj)


def test_a_heading_whose_words_ran_together_names_its_authority(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(
        '[[authorities]]\nname = "Parchetul de pe lângă Judecătoria Sighetu Marmației"\n'
        'kind = "prosecutor"\ndomains = ["mpublic.ro"]\nconfirmed = true\n',
        "utf-8",
    )
    policy = load_policy(path)
    named = policy.authority_named("PARCHETUL DE PE LÂNGĂ JUDECĂTORIA SIGHETUMARMAȚIEI")
    assert named is not None and named.name.endswith("Sighetu Marmației")
    # the court after "de pe lângă" is still not the issuer, squeezed or not
    assert policy.authority_named("TRIBUNALUL X DE PE LÂNGĂ JUDECĂTORIA SIGHETUMARMAȚIEI") is None


def test_ocr_damage_to_a_label_an_at_sign_and_a_quoted_username() -> None:
    assert repair_ocr("Dosar nr. 1307/P/2026 Ne, 4.211 din 02.12.2026").endswith(
        "Nr. 4.211 din 02.12.2026"
    )
    assert "Ne, 4 bucăți" in repair_ocr("Ne, 4 bucăți din stoc")  # no date after: left
    assert repair_ocr("(e-mail catei.rasa.mm O gmail.com)") == "(e-mail catei.rasa.mm@gmail.com)"
    view = TextView.of("pentru contul |\n„ Catei_rasa_mm (e-mail x@y.ro):", ocr=True)
    assert [m.value for m in mentions(view)] == ["Catei_rasa_mm"]


def test_a_number_beside_the_country_with_its_date_under_it() -> None:
    text = (
        "ROMANIA Nr. 312.904\nMINISTERUL AFACERILOR INTERNE din 02.12.2026\n"
        "INSPECTORATUL DE POLITIE JUDETEAN PRAHOVA\n\nCatre\n"
    )
    assert reference(TextView.of(text, ocr=True)) == ("312904", "2026-12-02")


def test_a_washed_out_page_has_dark_ink_and_a_blank_one_none() -> None:
    from parsers.ink import DARK, ink_mask

    page = Image.new("L", (800, 1100), 250)
    d = ImageDraw.Draw(page)
    for y in range(100, 700, 30):
        d.rectangle((80, y, 700, y + 8), fill=140)  # type printed grey 140: washed out
    d.line((500, 800, 650, 760), fill=135, width=4)  # a pen stroke
    mask = np.asarray(ink_mask(page))
    assert (mask[800 - 20 : 800 + 5, 500:650] == DARK).any()  # the stroke is dark ink now
    assert (mask[100:108, 80:700] == DARK).mean() > 0.9
    # a page with black type is left as it was: its grey stays faint, not dark
    dark_page = page.copy()
    ImageDraw.Draw(dark_page).rectangle((80, 900, 700, 910), fill=10)
    assert not (np.asarray(ink_mask(dark_page))[100:108, 80:700] == DARK).any()
    # a blank page's grain is not stretched into ink
    rng = np.random.default_rng(7)
    blank = Image.fromarray(rng.integers(236, 252, (1100, 800)).astype(np.uint8), "L")
    assert not (np.asarray(ink_mask(blank)) == DARK).any()
