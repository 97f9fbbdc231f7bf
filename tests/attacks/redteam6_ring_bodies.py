"""Red team 6: a stamp of another body that carries the authority's whole name on its ring.

The stamp check (`handwriting._stamp_check` → `stamptext.names`) asks that the ring
name every distinctive word of the letter's stated authority, and refuses a ring
with a word from a deny-list of other bodies (`stamptext._FOREIGN`: town hall,
company, association, foundation, local police…; `_OTHER_BODIES`: sports club,
school inspectorate, academy…). The words a ring says *beyond* the name
(`stamptext.leftover`) are only looked at for a stated name with no key word
("Poliția Română"). Bodies that live inside or beside an inspectorate and name it
whole on their seal are not on the list: the police trade union
("SINDICATUL POLIȚIȘTILOR DIN INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ"), the
inspectorate's medical office, its canteen. Their stamps are real, held by
people who are not the inspectorate's signatories (a union official, a nurse),
and each one names IPJ Cluj with its key word "Cluj".

Forgeries: the police letter on paper, with a hand, stamped by the union, by the
medical office, by the canteen; and by the inspectorate's own *incoming* registry
("REGISTRATURA - INTRARE Nr. … / date" in a frame with the inspectorate's name),
which any citizen obtains on a page of their own by filing it as a petition: it
proves the inspectorate received the page, not that it issued it. Control: the same letter with the inspectorate's
own stamp (verified).

Closed in session 13: the words of such bodies and of a registry's mark, read as words on
the ring, make the stamp another body's (`stamptext._SUB_BODIES`, `foreign`), and a
registry's mark is never taken for the seal (`stampwords.registry_mark`; a seal beside it
goes first).
"""

from __future__ import annotations

from tests.attacks import redteam6_kit as kit
from tests.attacks.harness import Attack, Submission
from tests.attacks.ink import OWN_RING, REQUEST
from tests.samples.signatures.scans import _font
from tests.samples.signatures.world import World

CLS = "redteam6_ring_bodies"


def _stamped(ring: str, r: int = 110) -> Submission:
    img, d, y = kit.page(REQUEST)
    y += 60
    kit.rank_and_name(d, y)
    kit.stamp(img, y, ring, r)
    kit.hand(d, y)
    return kit.post(img)


UNION = "SINDICATUL POLIȚIȘTILOR * INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ * "
MEDICAL = "CABINET MEDICAL * INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ * "
CANTEEN = "CANTINA * INSPECTORATUL DE POLIȚIE JUDEȚEAN CLUJ * "


def _union(w: World) -> Submission:
    return _stamped(UNION, 125)


def _medical(w: World) -> Submission:
    return _stamped(MEDICAL, 125)


def _canteen(w: World) -> Submission:
    return _stamped(CANTEEN, 120)


def _incoming(w: World) -> Submission:
    # The inspectorate's registry stamps what it RECEIVES: anyone who files a petition
    # gets this frame, the inspectorate's whole name in it, on a page of their own.
    img, d, y = kit.page(REQUEST)
    y += 60
    kit.rank_and_name(d, y)
    x0, y0 = 200, y + 20
    d.rectangle((x0, y0, x0 + 420, y0 + 170), outline=kit.STAMP_INK, width=4)
    lines = [
        "INSPECTORATUL DE POLIȚIE",
        "JUDEȚEAN CLUJ",
        "REGISTRATURA - INTRARE",
        "Nr. 4471 / 10.11.2026",
    ]
    for i, line in enumerate(lines):
        d.text((x0 + 16, y0 + 14 + i * 38), line, font=_font(20, bold=True), fill=kit.STAMP_INK)
    kit.hand(d, y)
    return kit.post(img)


def _own(w: World) -> Submission:
    return _stamped(OWN_RING)


ATTACKS = [
    Attack(
        CLS,
        "police_union_stamp",
        False,
        _union,
        "the police trade union's ring names the inspectorate whole",
    ),
    Attack(
        CLS,
        "medical_office_stamp",
        False,
        _medical,
        "the inspectorate's medical office's ring",
    ),
    Attack(CLS, "canteen_stamp", False, _canteen, "the inspectorate's canteen's ring"),
    Attack(
        CLS,
        "incoming_registry_stamp",
        False,
        _incoming,
        "the registry's INTRARE frame, stamped on whatever anyone files there",
    ),
    Attack(CLS, "own_inspectorate_stamp", True, _own),
]
