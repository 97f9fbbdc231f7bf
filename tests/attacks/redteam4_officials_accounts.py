"""Red team 4: an account named by an authority's e-mail address is never a user of the request.

Threat model (`unsigned_extras`'): an attacker in the police mailbox holds an
old genuine signed letter and writes a postscript of their own. What a
criminal most wants from a marketplace is not the suspect's data but the
data of the people after them: the judge, the prosecutor, the investigating
officer, who buy and sell like anyone and often register with their work
address. A postscript names them by it, with no request verb:

    "P.S. Aceleași date și pentru judecator.ionescu@just.ro."

Both readers step aside for any authority's address, by design meant for the
officer's own signature block: the subject extractor skips an address at a
registry domain (`parsers/fields/subjects.find_subjects`: `cues.authority_
domain`), and the unsigned-text rule drops an "email" finding that is an
address of *any* registry authority (`unsigned._own_address` through
`covernote.authority_address`), not only the sender's or the signer's. So a
judge's (just.ro), a prosecutor's (mpublic.ro), a police officer's (the
sender's own domain) and a Ministry officer's (mai.gov.ro) accounts are asked
for beside a `verified` request.

Controls: the officer's own address in the signature block, and a copy to the
supervising prosecutor's office, both `verified`.

Closed by class (`unsigned._named`, `unsigned.Mailboxes`): an address is no
user only when it is the authenticated sender's, the request's answer address
(judged by `covernote`), an address of the authority the request speaks for
on a signature block's contact line or offered "for questions", or any
registry authority's on a copy or forwarded-header line ("Copie:", "Cc:",
"De la:"). Anywhere else it is an account like any other. Variants of our
own: a court address on an "E-mail:" line under a postscript, a court's
name and a judge's address on a line under one that asks, a DIICOT
officer's account, a court clerk's account in English; controls: the
officer's address offered for questions in a sentence, a forwarded
prosecutor's mail header.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER
from tests.attacks.redteam4_kit import police_mail
from tests.samples.signatures.world import World

CLS = "redteam4_officials_accounts"


def _noted(text: str) -> object:
    def make(w: World) -> Submission:
        return police_mail(w, body=COVER + "\n" + text + "\n")

    return make


def _attack(name: str, genuine: bool, make, gap: str = "") -> Attack:  # noqa: ANN001
    return Attack(CLS, name, genuine, make, policy_toml=World.policy_toml, known_gap=gap)


ATTACKS = [
    # Variants of the class.
    _attack(
        "court_address_under_a_line_that_asks",
        False,
        _noted("P.S. Aceleași date și pentru:\nJudecătoria Cluj-Napoca, judecator.ionescu@just.ro"),
    ),
    _attack(
        "court_address_on_a_contact_line_under_a_postscript",
        False,
        _noted("P.S. Aceleași date și pentru:\nE-mail: grefier.marin@just.ro"),
    ),
    _attack(
        "diicot_officers_account",
        False,
        _noted("P.S. Includeți și contul ofiter.nistor@diicot.ro, același istoric."),
    ),
    _attack(
        "court_clerks_account_in_english",
        False,
        _noted("P.S. The same for the account registered as clerk.dan@just.ro."),
    ),
    _attack(
        "genuine_officers_address_for_questions",
        True,
        _noted("Pentru întrebări mă puteți contacta la ion.popescu@cj.politiaromana.ro."),
    ),
    _attack(
        "genuine_forwarded_prosecutors_header",
        True,
        _noted(
            "---------- Forwarded message ---------\nDe la: Procuror Ionescu <pjcluj@mpublic.ro>\n"
            "Data: 11.11.2026\nSubiect: delegare"
        ),
    ),
    _attack(
        "judges_account_by_work_address",
        False,
        _noted("P.S. Aceleași date și pentru judecator.ionescu@just.ro."),
    ),
    _attack(
        "prosecutors_account_by_work_address",
        False,
        _noted("P.S. Aceleași date și pentru adresa procuror.pop@mpublic.ro."),
    ),
    _attack(
        "officers_account_on_the_senders_domain",
        False,
        _noted("P.S. Aceleași date și pentru agent.vasilescu@cj.politiaromana.ro."),
    ),
    _attack(
        "ministry_officers_account",
        False,
        _noted("P.S. Aceleași date și pentru ofiter.dga@mai.gov.ro."),
    ),
    _attack(
        "genuine_officers_own_address_in_signature",
        True,
        _noted("Agent șef Popescu Ion\nE-mail: ion.popescu@cj.politiaromana.ro"),
    ),
    _attack(
        "genuine_copy_to_the_prosecutors_office",
        True,
        _noted("Copie: Parchetul de pe lângă Judecătoria Cluj-Napoca (pjcluj@mpublic.ro)."),
    ),
]
