"""Red team (genuine controls): a police letter countersigned by the prosecutor is "forged".

A request the criminal-investigation body writes often carries the
supervising prosecutor's approval ("Văzut și aprobat, procuror …"), signed
after the police seal in a second signature field, changing nothing on the
page. `router/signatures/consistency` requires every signature of one PDF to
speak for one authority (`_document_authorities`) and each signer to be the
letter's stated authority (`_signer_check`): the prosecutor's bound seal on
the police letter fails both, and a genuine, doubly-signed request is
`suspicious`, by mail and by post. Closed (`router/signatures/countersign.py`):
a later signature counts as a countersignature when the first signed
revision names its authority in an approval clause. The forgeries beside them
must stay caught: a later signature by a certificate bound to no authority, a
bound seal on a letter that names no approval, and a seal of another
authority than the one the clause names.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import letter, mailed
from tests.samples.signatures.world import World, letter_pdf, sign_pdf

CLS = "redteam_countersigned"
APPROVED = (
    letter()
    + "\nVăzut și aprobat,\nProcuror Ionescu Maria, Parchetul de pe lângă Tribunalul Cluj\n"
)


def _countersigned(w: World, second: str, text: str = APPROVED) -> bytes:
    first = sign_pdf(letter_pdf(text), w.seals["ipj_cluj"])
    if second == "private":
        assert w.private is not None
        return sign_pdf(first, w.private, field_name="Aprobare")
    return sign_pdf(first, w.seals[second], field_name="Aprobare")


def _by_mail(w: World) -> Submission:
    return mailed(w, _countersigned(w, "parchet"))


def _by_post(w: World) -> Submission:
    return Submission(_countersigned(w, "parchet"), channel="post", filename="adresa.pdf")


def _private_countersigns(w: World) -> Submission:
    return mailed(w, _countersigned(w, "private"))


def _unannounced(w: World) -> Submission:
    """The prosecutor's seal on a police letter that names no approval."""
    return mailed(w, _countersigned(w, "parchet", letter()))


def _other_approver(w: World) -> Submission:
    """The letter names the prosecutor's office as approving it; the court's seal countersigns."""
    return mailed(w, _countersigned(w, "court"))


def _policy(w: World) -> str:
    return w.policy_toml()


ATTACKS = [
    Attack(
        CLS,
        "genuine_prosecutor_countersigns_police_letter_mail",
        True,
        _by_mail,
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "genuine_prosecutor_countersigns_police_letter_post",
        True,
        _by_post,
        policy_toml=_policy,
    ),
    Attack(CLS, "private_person_countersigns", False, _private_countersigns, policy_toml=_policy),
    Attack(
        CLS,
        "bound_seal_countersigns_without_approval_clause",
        False,
        _unannounced,
        policy_toml=_policy,
    ),  # fmt: skip
    Attack(
        CLS,
        "countersigned_by_another_than_the_approver",
        False,
        _other_approver,
        policy_toml=_policy,
    ),  # fmt: skip
]
