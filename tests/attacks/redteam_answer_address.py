"""Red team: where the answer goes is never authenticated (the request's `reply_to`).

The structured request names where to answer (`fields.reply_to`, "where to
answer" in REQUEST_SCHEMA.md). Data sent to an address the attacker reads is
the leak itself, whatever the request asks for. Two doors set it without any
check noticing:

- The `Reply-To` header, when the authority's DKIM does not sign it (most
  signers do not name it in `h=` when the mail has none). The `reply_to` check
  reads the raw header with `getaddresses` (an RFC 2047 encoded word stays a
  display name), while the parse step decodes encoded words first
  (`parsers/mailheaders._addresses`): `=?utf-8?q?x=40gmail=2Ecom?=
  <politia.cluj@cj.politiaromana.ro>` is the police mailbox to the check and
  `x@gmail.com` to the fields. Anyone holding one genuine police mail (the
  suspect it was copied to, a forwarded copy) adds the header to it.
- A sentence of the unsigned body ("Răspunsul se va transmite la adresa …"),
  read into `reply_to` by `parsers/fields/response.reply_to` but never part of
  what the signed PDF must state (`router/signatures/binding.key_content`):
  an attacker in an authority mailbox (the threat model of the
  `unsigned_extras` class) keeps an old signed letter and only moves the answer;
  the same beside an S/MIME-signed entity.

A plain free-mail `Reply-To` is held (`reply_to` fails) and stays as a
regression case; the controls answer to the authority itself.

The encoded-word door is closed (issue 11, mail): the parse step splits
addresses before decoding names, and a Reply-To display name that shows
another address fails `reply_to`. The body door is closed too: an answer
address neither the signed content states nor the authority owns (a registry
domain or postal address of it) leaves `signed_content` missing
(`router/signatures/covernote.answer_address_checks`).
"""

from __future__ import annotations

import base64

from tests.attacks.harness import Attack, Submission
from tests.attacks.letters import COVER, IPJ, letter, mailed
from tests.attacks.redteam_kit import insert_header, sealed_letter, smime_mail, text_entity
from tests.samples.signatures.world import LETTER, World

CLS = "redteam_answer_address"
POLICE = "politia.cluj@cj.politiaromana.ro"
DROP = "dosare.ipjcluj@gmail.com"


def _replayed(w: World) -> bytes:
    """A genuine police mail (DKIM h= without Reply-To, as the world's mailer signs)."""
    return mailed(w, sealed_letter(w)).raw


def _file(raw: bytes) -> Submission:
    return Submission(raw, channel="folder", filename="adresa.eml")


def _reply_to_q_encoded(w: World) -> Submission:
    value = f"=?utf-8?q?{DROP.replace('@', '=40').replace('.', '=2E')}?= <{POLICE}>"
    return _file(insert_header(_replayed(w), f"Reply-To: {value}".encode()))


def _reply_to_b_encoded(w: World) -> Submission:
    word = base64.b64encode(f"Dosare IPJ Cluj <{DROP}>,".encode()).decode()
    return _file(insert_header(_replayed(w), f"Reply-To: =?utf-8?b?{word}?= <{POLICE}>".encode()))


def _reply_to_plain(w: World) -> Submission:
    return _file(insert_header(_replayed(w), f"Reply-To: {DROP}".encode()))


def _body_answer_address(w: World) -> Submission:
    body = (
        COVER + f"\nRăspunsul se va transmite exclusiv în format electronic, la adresa {DROP}, "
        "deoarece serverul nostru de e-mail este în mentenanță.\n"
    )
    return mailed(w, sealed_letter(w), body=body)


def _body_postal_address(w: World) -> Submission:
    body = (
        COVER + "\nRăspunsul se va transmite prin curier la adresa Str. Fabricii nr. 7, ap. 3, "
        "Cluj-Napoca, în atenția dlui Ionescu.\n"
    )
    return mailed(w, sealed_letter(w), body=body)


def _smime_outer_answer(w: World) -> Submission:
    signed = text_entity("Inspectoratul de Politie Judetean Cluj\n" + LETTER + "\n")
    outer = f"Raspunsul se va transmite exclusiv la adresa {DROP}.\n"
    raw = smime_mail(w, signed, signed, preamble_copy=False, outer_text=outer)
    return _file(raw)


# ------------------------------------------------------------------ controls


def _genuine_reply_to_own(w: World) -> Submission:
    raw = insert_header(_replayed(w), f"Reply-To: {IPJ} <sic@cj.politiaromana.ro>".encode())
    return _file(raw)


def _genuine_answer_in_signed_letter(w: World) -> Submission:
    text = letter() + "Răspunsul se va transmite la adresa sic@cj.politiaromana.ro.\n"
    body = COVER + "\nRăspunsul se va transmite la adresa sic@cj.politiaromana.ro.\n"
    return mailed(w, sealed_letter(w, text), body=body)


def _policy(w: World) -> str:
    return w.policy_toml()


ATTACKS = [
    Attack(
        CLS,
        "reply_to_q_encoded_word_on_replayed_mail",
        False,
        _reply_to_q_encoded,
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "reply_to_b_encoded_word_on_replayed_mail",
        False,
        _reply_to_b_encoded,
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "reply_to_plain_free_mail_on_replayed_mail",
        False,
        _reply_to_plain,
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "body_answer_address_gmail_beside_old_signed_pdf",
        False,
        _body_answer_address,
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "body_answer_postal_address_beside_old_signed_pdf",
        False,
        _body_postal_address,
        policy_toml=_policy,
    ),
    Attack(
        CLS,
        "unsigned_text_beside_smime_names_answer_address",
        False,
        _smime_outer_answer,
        policy_toml=_policy,
    ),
    Attack(CLS, "genuine_reply_to_own_mailbox", True, _genuine_reply_to_own, policy_toml=_policy),
    Attack(
        CLS,
        "genuine_answer_address_in_signed_letter",
        True,
        _genuine_answer_in_signed_letter,
        policy_toml=_policy,
    ),
]
