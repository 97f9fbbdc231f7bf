"""Red team: the S/MIME check verifies bytes that are not the signed part anyone reads.

`router/signatures/smime.signed_part_bytes` cuts the signed entity out of the
raw mail by searching for the *first* line `--<boundary>` anywhere in it. A
multipart's preamble is read by nobody (the email package skips it, as every
mail client does), so a genuine signed entity copied there, between
delimiter lines of the multipart/signed's boundary, is what the check
verifies and binds, while the multipart/signed part that the parse step and
a person's mail client read holds other text under the same genuine
signature. The attacker needs one genuine S/MIME mail of the officer and the
officer's mailbox (the `unsigned_extras` threat model); what the forged
"signed" text adds that is not a field (the answer address here) is never
compared with anything, and a fix that trusts what sits inside a verified
multipart/signed would trust the forged text.

Held and kept: the same cut-out asking for another user (the fields still
have to be stated by the entity the check verified), and an unsigned outer
text part naming another user. The control is a genuine S/MIME mail.

Closed (issue 11, mail): a delimiter line of any boundary of the mail in a
preamble or an epilogue is a `mail_structure` failure (`parsers/mailstrict`).
"""

from __future__ import annotations

from tests.attacks.harness import Attack, Submission
from tests.attacks.redteam_kit import smime_mail, text_entity
from tests.samples.signatures.world import LETTER, World

CLS = "redteam_smime_cutout"
SIGNED = "Inspectoratul de Politie Judetean Cluj\n" + LETTER + "\nComisar de politie Popescu Ion\n"
ANSWER = "\nRaspunsul se va transmite exclusiv la adresa dosare.ipjcluj@gmail.com.\n"


def _file(raw: bytes) -> Submission:
    return Submission(raw, channel="folder", filename="adresa.eml")


def _cutout_answer_address(w: World) -> Submission:
    raw = smime_mail(w, text_entity(SIGNED), text_entity(SIGNED + ANSWER), preamble_copy=True)
    return _file(raw)


def _cutout_other_user(w: World) -> Submission:
    shown = text_entity(SIGNED.replace("ion_vanzator88", "victima_noua"))
    return _file(smime_mail(w, text_entity(SIGNED), shown, preamble_copy=True))


def _outer_other_user(w: World) -> Submission:
    outer = "Va rugam sa ne comunicati si datele utilizatorului victima_noua.\n"
    raw = smime_mail(
        w, text_entity(SIGNED), text_entity(SIGNED), preamble_copy=False, outer_text=outer
    )
    return _file(raw)


def _genuine(w: World) -> Submission:
    entity = text_entity(SIGNED)
    return _file(smime_mail(w, entity, entity, preamble_copy=False))


def _policy(w: World) -> str:
    return w.policy_toml()


ATTACKS = [
    Attack(
        CLS,
        "preamble_copy_verified_forged_part_read",
        False,
        _cutout_answer_address,
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "preamble_copy_forged_part_names_other_user",
        False,
        _cutout_other_user,
        policy_toml=_policy,
    ),
    Attack(
        CLS, "unsigned_outer_part_names_other_user", False, _outer_other_user, policy_toml=_policy
    ),
    Attack(CLS, "genuine_smime_mail", True, _genuine, policy_toml=_policy),
]
