"""Red team 4 (genuine refused): a bound officer's S/MIME certificate names another address of his.

An officer's qualified certificate is bound by its SHA-256 to the authority
(`signing_identities`), and the police's DKIM authenticates the mailbox the
mail came from. The certificate's e-mail address is whatever the officer gave
when it was issued: the inspectorate's national alias
(politia.cluj@politiaromana.ro for a mailbox on cj.politiaromana.ro, both
listed for Poliția Română), or a personal address (certificates are issued to
the person and outlive postings). `smime._check` requires the From address to
be in the certificate, and its failure is decisive (`verdict.DECISIVE`:
"smime"): the genuine, bound, DKIM-authenticated request is `suspicious`, as a
forgery would be.

Closed: the S/MIME check records a certificate that does not name the
sender (`sender_problem`) and the registry judges it
(`consistency._vouches`): a bound seal names no address; a bound officer's
address under a domain of the same authority vouches; any other address
leaves the signer missing (a person decides), never suspicious.

Expected: the alias of the same authority `verified`; the personal address at
most `incomplete` (nothing is wrong, a person decides), never `suspicious`.
Controls: the certificate naming the From address exactly, and in other
letter case, `verified`. Held (forged): a private person's unbound
certificate.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.mailkit import sign
from tests.attacks.redteam4_kit import POLICE, eml
from tests.samples.signatures.world import (
    IPJ_CLUJ,
    LETTER,
    SEALS,
    Identity,
    World,
    issue,
    seal_identity,
)

CLS = "redteam4_smime_alias"
ADDRESSES = {
    "same": POLICE,
    "case": "Politia.Cluj@CJ.politiaromana.ro",
    "alias": "politia.cluj@politiaromana.ro",
    "personal": "ion.popescu@gmail.com",
}
_IDS: dict[tuple[int, str], Identity] = {}


def _officer(w: World, kind: str) -> Identity:
    key = (id(w), kind)
    if key not in _IDS:
        _IDS[key] = issue("Popescu Ion", w.ca, email=ADDRESSES[kind], org="IPJ Cluj")
    return _IDS[key]


def _policy(w: World) -> str:
    bound = [{"certificate_sha256": w.fingerprint(_officer(w, k))} for k in ADDRESSES]
    return w.policy_toml({IPJ_CLUJ: [*bound, seal_identity(SEALS["ipj_cluj"])]})


def _mail(identity: Identity, w: World) -> Submission:
    body = "Inspectoratul de Politie Judetean Cluj\n" + LETTER + "\n"
    raw = w.smime_mail(identity, POLICE, body)
    raw = raw.replace(
        b"Subject: Adresa oficiala\r\n",
        b"Subject: Adresa oficiala\r\nDate: Thu, 12 Nov 2026 14:32:10 +0200\r\n",
    )
    return eml(sign(w, raw, "cj.politiaromana.ro"))


def _signed_by(kind: str) -> object:
    def make(w: World) -> Submission:
        return _mail(_officer(w, kind), w)

    return make


def _private(w: World) -> Submission:
    assert w.private is not None
    return _mail(w.private, w)


ATTACKS = [
    Attack(
        CLS,
        "genuine_certificate_names_the_national_alias",
        True,
        _signed_by("alias"),
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "genuine_certificate_names_a_personal_address",
        True,
        _signed_by("personal"),
        policy_toml=_policy,
        expect="incomplete",
    ),
    Attack(
        CLS, "genuine_certificate_names_the_sender", True, _signed_by("same"), policy_toml=_policy
    ),
    Attack(CLS, "genuine_certificate_in_other_case", True, _signed_by("case"), policy_toml=_policy),
    Attack(CLS, "private_unbound_certificate", False, _private, policy_toml=_policy),
]
