"""Red team 4: an old genuine request replayed years later is verified as today's.

Threat model: whoever holds an old genuine police request (a compromised or
former officer's mailbox keeps its sent folder; a suspect was served the
letter; a fax copy) sends it again. The checks ask whether the letter is
signed, by whom, and whether it states the fields; never *when*. The letter
is dated 14.03.2024 in case 4567/P/2024, its seal's signature states that day
(the seal's certificate is valid then and now: seals are issued for three
years), and it comes again in December 2026: `verified`. An answer then goes
to whoever holds the mailbox today, for a case that may be closed, about an
account whose owner may have changed; on paper the call-back asks the
authority about "letter 123.456", which it did send.

Neither the letter's date (`fields.reference_date`) nor the signature's
stated time (`pdf_signature` evidence `signing_time_stated`) is compared with
the time of receipt.

Closed: `evaluation.letter_age` compares the date a valid signature states
(else the letter's own date) with the item's arrival: older than
`[signatures] max_letter_age_days` (90) or dated after it arrived, the
content requirement is missing (incomplete: ask the authority).

Also (session 13, round 9's README class): a letter post-dated into next year under a
valid signature of today was verified, since the letter's own date was judged only when
nothing signed states a time; now the letter's own date after its signing or its arrival is
missing content too.

Controls: the same seal signing this year's letter, by mail and on paper.
"""

from __future__ import annotations

import datetime as dt

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import letter
from tests.attacks.redteam4_kit import police_mail, seal_like
from tests.samples.signatures.world import SEALS, World, letter_pdf, sign_pdf

CLS = "redteam4_stale_letter"
_SEALS: dict[int, object] = {}


def _long_lived_seal(w: World):  # noqa: ANN202
    if id(w) not in _SEALS:
        org, org_id = SEALS["ipj_cluj"]
        _SEALS[id(w)] = seal_like(w, org, org_id, cn="Sigiliu IPJ Cluj", days=(-1100, 400))
    return _SEALS[id(w)]


def _letter(w: World, date: str, year: str, at: dt.datetime | None) -> bytes:
    text = letter(case=f"4567/P/{year}").replace("12.11.2026", date)
    return sign_pdf(letter_pdf(text), _long_lived_seal(w), at=at)  # type: ignore[arg-type]


def _old(w: World) -> bytes:
    return _letter(w, "14.03.2024", "2024", dt.datetime(2024, 3, 14, 10, 5, tzinfo=dt.UTC))


def _old_mail(w: World) -> Submission:
    return police_mail(w, _old(w), subject="Adresă oficială nr. 123.456")


def _old_post(w: World) -> Submission:
    return Submission(_old(w), channel="post", filename="adresa.pdf")


def _post_dated_mail(w: World) -> Submission:
    # Round 9's README class: signed in December, dated in January (a Roman month); the
    # signature's time is valid and recent, the letter's own date cannot be.
    signed = dt.datetime(2026, 12, 4, 9, 0, tzinfo=dt.UTC)
    return police_mail(w, _letter(w, "11.I.2027", "2026", signed))


def _fresh_mail(w: World) -> Submission:
    return police_mail(w, _letter(w, "12.11.2026", "2026", None))


def _fresh_post(w: World) -> Submission:
    return Submission(_letter(w, "12.11.2026", "2026", None), channel="post", filename="adresa.pdf")


def _policy(w: World) -> str:
    return w.policy_toml()


def _attack(name: str, genuine: bool, make, gap: str = "") -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, make, policy_toml=_policy, known_gap=gap)


ATTACKS = [
    _attack(
        "letter_of_2024_replayed_by_mail",
        False,
        _old_mail,
    ),
    _attack(
        "letter_of_2024_replayed_on_paper",
        False,
        _old_post,
    ),
    _attack("signed_letter_post_dated_into_next_year", False, _post_dated_mail),
    _attack("genuine_this_years_letter_by_mail", True, _fresh_mail),
    _attack("genuine_this_years_letter_on_paper", True, _fresh_post),
]
