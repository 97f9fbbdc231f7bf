"""A page Tesseract cut into columns is read again as one block (`parsers.ocrrescue`)."""

from __future__ import annotations

from parsers.ocrrescue import better_reading, columns_cut, confident_words


def _table(lines: list[list[tuple[str, int, int, float]]]) -> dict[str, list[object]]:
    """A Tesseract word table: each line a list of (word, left, width, confidence)."""
    data: dict[str, list[object]] = {
        k: [] for k in ("text", "block_num", "par_num", "line_num", "left", "width", "conf")
    }
    for n, line in enumerate(lines, start=1):
        for word, left, width, conf in line:
            data["text"].append(word)
            data["block_num"].append(n)  # psm 3 made each piece a block of its own
            data["par_num"].append(1)
            data["line_num"].append(1)
            data["left"].append(left)
            data["width"].append(width)
            data["conf"].append(conf)
    return data


FULL = [[("Examinând", 100, 300, 90), ("actele", 420, 200, 90), ("dosarului", 640, 1000, 90)]]
CUT = [[("Maria,", 100, 200, 40), ("procuror", 320, 300, 40)], [("chetului", 1000, 700, 40)]]


def test_a_page_of_whole_lines_is_not_cut() -> None:
    assert not columns_cut(_table(FULL * 20))


def test_a_page_whose_lines_are_pieces_is_cut() -> None:
    assert columns_cut(_table(CUT * 10))
    assert not columns_cut(_table(CUT * 3))  # too few lines to say


def test_the_block_reading_is_kept_only_when_clearly_better() -> None:
    cut = _table(CUT * 10)
    whole = _table(
        [[("Maria,", 100, 200, 85), ("procuror", 320, 300, 88), ("Parchetului", 700, 900, 91)]] * 10
    )
    assert confident_words(cut) == 0
    assert better_reading(cut, whole)
    assert not better_reading(whole, cut)
    assert not better_reading(whole, whole)  # the same reading is no reason to switch
