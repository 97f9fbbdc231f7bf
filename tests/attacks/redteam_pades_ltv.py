"""Red team (genuine controls): long-term (PAdES-B-LT / B-LTA) signatures are judged forged.

Qualified signing tools and Adobe's "LTV enabled" add, after the signature, an
incremental update holding the validation data (a /DSS with the chain, OCSP,
CRLs) and, for B-LTA, a document timestamp. pyHanko reports such an update as
modification level LTA_UPDATES, which changes nothing a reader sees; but
`router/signatures/pdfsig._later_revisions` fails every later revision that is
not itself a valid signature, and validates a /DocTimeStamp as if it were a
signature ("Signature object type must be /Sig"). A genuine, bound seal's
letter signed as the eIDAS long-term profiles prescribe is `suspicious`
("changed after signing") by post and by mail alike; the same letter with only
a signature timestamp (B-T, no later revision) is `verified`.

The forgery a fix must still catch: a revision that draws on the signed page,
followed by the validation data, as a shadow attacker would dress it.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import letter, mailed
from tests.attacks.redteam_kit import ltv_enabled, pades_signed, sealed_letter
from tests.samples.signatures.world import World, modify_after_signing

CLS = "redteam_pades_ltv"


def _post(pdf: bytes) -> Submission:
    return Submission(pdf, channel="post", filename="adresa.pdf")


def _b_lt_post(w: World) -> Submission:
    return _post(ltv_enabled(w, sealed_letter(w)))


def _b_lt_mail(w: World) -> Submission:
    return mailed(w, ltv_enabled(w, sealed_letter(w)))


def _b_lta_post(w: World) -> Submission:
    return _post(pades_signed(w, letter(), lta=True))


def _b_t_post(w: World) -> Submission:
    return _post(pades_signed(w, letter(), lta=False))


def _overlay_then_dss(w: World) -> Submission:
    return _post(ltv_enabled(w, modify_after_signing(sealed_letter(w))))


def _policy(w: World) -> str:
    return w.policy_toml()


ATTACKS = [
    Attack(
        CLS,
        "genuine_pades_b_lt_by_post",
        True,
        _b_lt_post,
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "genuine_pades_b_lt_by_mail",
        True,
        _b_lt_mail,
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "genuine_pades_b_lta_by_post",
        True,
        _b_lta_post,
        policy_toml=_policy,
    ),
    Attack(CLS, "genuine_pades_b_t_by_post", True, _b_t_post, policy_toml=_policy),
    Attack(CLS, "overlay_then_validation_data", False, _overlay_then_dss, policy_toml=_policy),
]
