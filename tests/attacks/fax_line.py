"""A fax whose sending number the registry gives to another authority than the letter's.

The number a fax arrives from is the sending machine's own setting: a match
with the registry proves nothing, and is never counted as evidence. A
mismatch is different: a forger with a genuine-looking signed and stamped
police letter faxes it from a line the registry knows as a prosecutor's
office's (or any other institution's). The letter and the line disagree, and
the request must not be verified (`evaluation._fax_authority`: authority_match
fails). A number the registry does not know, when it lists the police's own
lines, is no contradiction but no channel either: a copied letter and stamp
can be faxed from any machine, so the request waits for a person's call-back
(`evaluation._paper_line_and_answer`: authority_match missing, incomplete).
Control: the same fax from the police's own registry number. Also (session 13, round 9's
README class): the tag claims the police's line while the transmission line printed on the
pages shows another machine's number (a copy shop's): the machine's claims disagree, a
person calls back (incomplete); its control prints the police's own line.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.ink import two_pages
from tests.samples.signatures.world import IPJ_CLUJ, World

CLS = "fax_line"
POLICE_FAX = "+40264111222"
PROSECUTOR_FAX = "+40213333444"


def _policy(w: World) -> str:
    """The world's registry with fax numbers for the police and the prosecutors' offices."""
    blocks = w.policy_toml().split("[[authorities]]")
    numbers = {f'"{IPJ_CLUJ}"': POLICE_FAX, '"Ministerul Public (parchete)"': PROSECUTOR_FAX}
    out = []
    for block in blocks:
        for name, number in numbers.items():
            if f"name = {name}" in block:
                if "fax_numbers = []" in block:
                    block = block.replace("fax_numbers = []", f'fax_numbers = ["{number}"]')
                else:  # a unit entry lists only what it has
                    block = block.rstrip("\n") + f'\nfax_numbers = ["{number}"]\n\n'
                assert number in block
        out.append(block)
    return "[[authorities]]".join(out)


def _fax_from(number: str | None) -> Submission:
    return Submission(
        two_pages(own_second=True),
        channel="fax",
        envelope={"fax_number": number} if number else {},
        filename="fax.tif",
    )


def _with_printed_line(number: str) -> Submission:
    """The police's genuine two-page letter faxed with the tag claiming the police's own
    registry line, while the transmission line printed atop each page shows `number` (round
    9's README class: a copy shop's header under a registry number in the tag)."""
    from PIL import ImageDraw

    from tests.attacks import ink
    from tests.samples.signatures.scans import _font

    first, _, _ = ink._page(
        [*(h.format(num="123.456") for h in ink.HEAD), *ink.REQUEST, "", "Pagina 1 din 2"]
    )
    second, d, y = ink._page(["Continuare la adresa nr. 123.456", "", "Pagina 2 din 2"])
    ink._block(second, d, y, ink.OWN_RING, True)
    for k, page in enumerate((first, second), 1):
        ImageDraw.Draw(page).text(
            (60, 30),
            f"04/12/2026 10:15  {number}  COPY CENTER EXPRES  P.00{k}/002",
            font=_font(20),
            fill=(25, 25, 25),
        )
    return Submission(
        ink._fax([first, second]),
        channel="fax",
        envelope={"fax_number": POLICE_FAX},
        filename="fax.tif",
    )


ATTACKS = [
    Attack(
        CLS,
        "police_letter_faxed_from_a_prosecutors_line",
        False,
        lambda w: _fax_from(PROSECUTOR_FAX),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "police_letter_from_its_own_line",
        True,
        lambda w: _fax_from(POLICE_FAX),
        policy_toml=_policy,
    ),
    # A line the registry does not give the police, whose lines it lists: a copied letter and
    # stamp faxed from any machine; a person calls back first (incomplete, not suspicious).
    Attack(
        CLS,
        "police_letter_from_an_unknown_line",
        False,
        lambda w: _fax_from("+40722000111"),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "printed_transmission_line_of_another_machine",
        False,
        lambda w: _with_printed_line("0241 611 222"),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "printed_transmission_line_of_its_own_line",
        True,
        lambda w: _with_printed_line("0264 111 222"),
        policy_toml=_policy,
    ),
]
