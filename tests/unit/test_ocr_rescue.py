"""Vertical rules and picture-like regions (parsers/ocrrescue.py), on pages drawn here."""

from __future__ import annotations

from PIL import Image, ImageDraw

from parsers.ocr import text_from_data
from parsers.ocrrescue import Rescued, kept_lines, remove_vertical_rules, unread_regions


def _page() -> Image.Image:
    page = Image.new("L", (800, 1000), 255)
    draw = ImageDraw.Draw(page)
    for y in range(100, 900, 40):  # lines of "text": short dark dashes
        for x in range(60, 740, 30):
            draw.rectangle((x, y, x + 18, y + 8), fill=0)
    return page


def test_a_dotted_vertical_rule_is_whitened_and_text_is_not() -> None:
    page = _page()
    draw = ImageDraw.Draw(page)
    for y in range(50, 950, 10):  # a fax's dotted rule, 1 px wide, through the text
        draw.line((401, y, 401, y + 7), fill=0)
    cleaned, rules = remove_vertical_rules(page)
    assert rules == 1
    assert cleaned.getpixel((401, 60)) == 255
    assert cleaned.getpixel((70, 105)) == 0  # the text stays


def test_no_rule_no_change() -> None:
    page = _page()
    cleaned, rules = remove_vertical_rules(page)
    assert rules == 0 and cleaned is page


def _data(rows: list[tuple[int, int, int, int, str, float]]) -> dict[str, list[object]]:
    keys = (
        "level",
        "block_num",
        "par_num",
        "line_num",
        "left",
        "top",
        "width",
        "height",
        "text",
        "conf",
    )
    data: dict[str, list[object]] = {k: [] for k in keys}
    for block, par, line, top, text, conf in rows:
        for k, v in zip(keys, (5, block, par, line, 10, top, 50, 20, text, conf), strict=True):
            data[k].append(v)
    return data


def test_a_block_without_words_is_a_region_to_read_again() -> None:
    data = _data([(1, 1, 1, 100, "Către", 95.0)])
    for k, v in {
        "level": 2,
        "block_num": 2,
        "par_num": 0,
        "line_num": 0,
        "left": 400,
        "top": 600,
        "width": 300,
        "height": 200,
        "text": "",
        "conf": -1,
    }.items():
        data[k].append(v)
    assert unread_regions(data, (1000, 1400), 300.0) == [(383, 583, 717, 817)]


def test_region_lines_kept_only_with_a_confident_word() -> None:
    assert kept_lines(_data([(1, 1, 1, 0, "Asoci", 16.0), (1, 1, 2, 30, "PO", 90.0)])) == ()
    got = kept_lines(
        _data(
            [
                (1, 1, 1, 0, "ze", 30.0),
                (1, 1, 1, 0, "Corvisar", 28.0),
                (1, 1, 2, 30, "|", 35.0),
                (1, 1, 2, 30, "Toma", 96.0),
                (1, 1, 2, 30, "Cezar", 96.0),
                (1, 1, 3, 60, "A", 40.0),
            ]
        )
    )
    assert got == ("ze Corvisar", "| Toma Cezar")


def test_rescued_lines_stand_where_their_region_is() -> None:
    data = _data(
        [
            (1, 1, 1, 100, "Antet", 95.0),
            (2, 1, 1, 500, "Text", 95.0),
            (3, 1, 1, 1300, "Subsol", 95.0),
        ]
    )
    plain, conf = text_from_data(data)
    assert plain == "Antet\n\nText\n\nSubsol" and conf == 95.0
    text, _ = text_from_data(data, [Rescued(top=900, lines=("Procuror", "Ilie Dan"))])
    assert text == "Antet\n\nText\n\nProcuror\nIlie Dan\n\nSubsol"


def test_a_shadowed_photograph_is_evened_out_and_a_scan_is_not() -> None:
    from parsers.ocrrescue import flatten_lighting

    page = _page()
    cleaned, changed = flatten_lighting(page)
    assert not changed and cleaned is page
    shadowed = page.copy()
    draw = ImageDraw.Draw(shadowed)
    draw.rectangle((0, 0, 800, 400), fill=60)  # the table around the sheet, dark
    for y in range(100, 200, 40):  # text on the paper's edge still darker
        draw.rectangle((60, y, 78, y + 8), fill=10)
    flat, changed = flatten_lighting(shadowed)
    assert changed
    assert flat.getpixel((400, 60)) > 200  # the dark surround is paper-white now
    assert flat.getpixel((70, 105)) < 100  # the ink stays ink
