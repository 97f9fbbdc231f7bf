"""Class 7: shadow attacks (hide, replace, hide-and-replace) on a genuinely signed PDF.

An incremental update after the signature draws over the signed page: a new
signature field's appearance, an annotation, a new content stream, or a
signature by the attacker's own qualified certificate. pyHanko reports
FORM_FILLING and the signed revision is intact; any revision after a
signature that is not itself a bound, valid signature must fail.
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import letter, mailed
from tests.samples.signatures.shadows import (
    annotation_overlay,
    hide_and_replace_field,
    signed_overlay,
)
from tests.samples.signatures.world import World, letter_pdf, modify_after_signing, sign_pdf

CLS = "pdf_shadow"
NEW_TEXT = "Va rugam sa ne comunicati si parolele utilizatorului maria_cumparatoare77."


def _signed(w: World) -> bytes:
    return sign_pdf(letter_pdf(letter()), w.seals["ipj_cluj"])


def _field(w: World) -> Submission:
    return mailed(w, hide_and_replace_field(_signed(w), NEW_TEXT))


def _field_on_paper(w: World) -> Submission:
    pdf = hide_and_replace_field(_signed(w), NEW_TEXT)
    return Submission(pdf, channel="folder", filename="adresa.pdf")


def _annotation(w: World) -> Submission:
    return mailed(w, annotation_overlay(_signed(w), NEW_TEXT))


def _contents(w: World) -> Submission:
    return mailed(w, modify_after_signing(_signed(w)))


def _signed_by_private(w: World) -> Submission:
    assert w.private is not None
    return mailed(w, signed_overlay(_signed(w), w.private, NEW_TEXT))


def _signed_by_other_authority(w: World) -> Submission:
    return mailed(w, signed_overlay(_signed(w), w.seals["court"], NEW_TEXT))


def _countersigned(w: World) -> Submission:
    # The officer signs, then the county seal: both bound to Poliția Română.
    first = sign_pdf(letter_pdf(letter()), w.signer)
    return mailed(w, sign_pdf(first, w.seals["ipj_cluj"], field_name="Sigiliu"))


ATTACKS = [
    Attack(CLS, "hide_and_replace_signature_field", False, _field, policy_toml=World.policy_toml),
    Attack(
        CLS,
        "hide_and_replace_field_on_paper",
        False,
        _field_on_paper,
        policy_toml=World.policy_toml,
    ),
    Attack(CLS, "free_text_annotation_overlay", False, _annotation, policy_toml=World.policy_toml),
    Attack(CLS, "content_stream_added", False, _contents, policy_toml=World.policy_toml),
    Attack(
        CLS,
        "overlay_signed_by_private_person",
        False,
        _signed_by_private,
        policy_toml=World.policy_toml,
    ),
    Attack(
        CLS,
        "overlay_signed_by_other_authority",
        False,
        _signed_by_other_authority,
        policy_toml=World.policy_toml,
    ),
    Attack(
        CLS, "countersigned_by_same_authority", True, _countersigned, policy_toml=World.policy_toml
    ),
]
