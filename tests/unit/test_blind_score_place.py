"""The blind scorer counts a mark only where the truth says it is (`ink_where`)."""

from __future__ import annotations

from bench.blind.score import ink_placed

TRUTH = {
    "format": "tiff-group4-204x196",
    "ink_where": [
        {"kind": "stamp", "page": 2, "box_mm": [80.0, 40.0, 135.0, 95.0], "ink": True},
        {"kind": "signature", "page": 2, "box_mm": [130.0, 55.0, 175.0, 70.0], "ink": True},
    ],
}


def _item(kind: str, page: int, box_mm: list[float], width_px: int = 1728) -> dict:
    """A product line with one check of `kind` whose box is `box_mm` on an A4 page
    `width_px` wide (as `parsers.ink.examine_mask` gives it)."""
    px = width_px / 210.0
    height_px = round(297 * px)
    return {
        "signatures": {
            "checks": [
                {
                    "kind": kind,
                    "verdict": "pass",
                    "evidence": {
                        "page": page,
                        "box": [round(v * px) for v in box_mm],
                        "page_px": [width_px, height_px],
                    },
                }
            ]
        }
    }


def test_a_box_on_the_mark_is_placed() -> None:
    assert ink_placed(_item("stamp", 2, [85.0, 45.0, 130.0, 90.0]), "stamp", TRUTH) is True
    # the signature's strokes found in part, at another resolution
    found = _item("handwritten_signature", 2, [140.0, 58.0, 160.0, 66.0], 2480)
    assert ink_placed(found, "handwritten_signature", TRUTH) is True


def test_a_box_elsewhere_or_on_another_page_is_not() -> None:
    # a ring in the letterhead, far from the stamp
    assert ink_placed(_item("stamp", 2, [20.0, 10.0, 60.0, 30.0]), "stamp", TRUTH) is False
    assert ink_placed(_item("stamp", 1, [85.0, 45.0, 130.0, 90.0]), "stamp", TRUTH) is False
    # the stamp's place is no signature's
    assert (
        ink_placed(
            _item("handwritten_signature", 2, [85.0, 80.0, 110.0, 94.0]),
            "handwritten_signature",
            TRUTH,
        )
        is False
    )


def test_unknown_when_it_cannot_be_told() -> None:
    assert (
        ink_placed(_item("stamp", 2, [20.0, 10.0, 60.0, 30.0]), "stamp", {"format": "jpeg"}) is None
    )
    photo = {**TRUTH, "format": "jpeg-phone-photo"}
    assert ink_placed(_item("stamp", 2, [20.0, 10.0, 60.0, 30.0]), "stamp", photo) is None
    assert ink_placed({"signatures": {"checks": []}}, "stamp", TRUTH) is None
