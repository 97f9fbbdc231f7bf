"""Red team 4 (genuine refused): a letter that lists its users, one a line, asks for nobody.

Romanian official letters list the accounts concerned on lines of their own
as often as in the sentence: "… ale următorilor utilizatori:" followed by a
dashed or numbered list, or a table (Nr. crt. | Utilizator | Perioada). The
same letter with the users inline ("ale utilizatorilor ion_vanzator88 și
maria_x99.") is read and `verified`; listed, no user is read
(`parsers/fields/usernames.mentions` through `subjects.find_subjects` finds
none after the colon), `content` is missing and the genuine, sealed request
is `incomplete` (a reply asking the police to send again what they sent).

Cases: a dashed list, a numbered list, one user on its own line, a table
with a username. Control: a table with an e-mail address (`find_emails`
reads it anywhere), `verified`. Held beside them (forged): the listed letter
with a cover note naming another user.
"""

from __future__ import annotations

from fpdf import FPDF

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, letter
from tests.attacks.redteam4_kit import police_mail
from tests.samples.signatures.world import World, letter_pdf, sign_pdf

CLS = "redteam4_listed_users"
GAP = (
    "parsers/fields/usernames.mentions (through subjects.find_subjects) reads no user "
    "{how}: content is missing for a genuine sealed letter"
)
INLINE = "ale utilizatorului ion_vanzator88."
_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _listed(replacement: str) -> bytes:
    return letter_pdf(letter().replace(INLINE, replacement))


def _table(cell: str) -> bytes:
    """The letter with its user in a table (Nr. | Utilizator | Perioada)."""
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", fname=_FONT)
    pdf.set_font("dejavu", size=12)
    head, _, _ = letter().partition("\nÎn dosarul")
    pdf.multi_cell(0, 8, head)
    pdf.multi_cell(
        0,
        8,
        "În dosarul penal nr. 4567/P/2026, în baza art. 170 Cod procedură penală, vă rugăm să "
        "ne comunicați datele de identificare și istoricul tranzacțiilor ale utilizatorilor:",
    )
    with pdf.table(width=150, col_widths=(12, 80, 58), first_row_as_headings=False) as table:
        for row in (("Nr.", "Utilizator", "Perioada"), ("1", cell, "01.01.2026 - 31.10.2026")):
            line = table.row()
            for value in row:
                line.cell(value)
    pdf.multi_cell(0, 8, "\nComisar de poliție Popescu Ion")
    return bytes(pdf.output())


def _sealed(make_pdf, *args: str, body: str = COVER) -> object:  # noqa: ANN001
    def make(w: World) -> Submission:
        return police_mail(w, sign_pdf(make_pdf(*args), w.seals["ipj_cluj"]), body=body)

    return make


def _attack(name: str, genuine: bool, make, gap: str = "") -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, make, policy_toml=World.policy_toml, known_gap=gap)


DASHED = "ale următorilor utilizatori:\n- ion_vanzator88;\n- maria_x99."
ATTACKS = [
    _attack(
        "genuine_dashed_list",
        True,
        _sealed(_listed, DASHED),
    ),
    _attack(
        "genuine_numbered_list",
        True,
        _sealed(
            _listed,
            "ale utilizatorilor:\n1. ion_vanzator88 – perioada 01.01.2026 - 31.10.2026;\n"
            "2. maria_x99 – aceeași perioadă.",
        ),
    ),
    _attack(
        "genuine_one_user_on_its_own_line",
        True,
        _sealed(_listed, "ale utilizatorului:\n- ion_vanzator88."),
    ),
    _attack(
        "genuine_table_username",
        True,
        _sealed(_table, "ion_vanzator88"),
    ),
    _attack("genuine_table_email", True, _sealed(_table, "ion.vanzator88@yahoo.com")),
    _attack(
        "listed_letter_cover_names_another_user",
        False,
        _sealed(
            _listed,
            DASHED,
            body=COVER + "\nP.S. Și pentru contul victima_noua, aceleași date.\n",
        ),
    ),
]
