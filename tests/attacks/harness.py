"""The attack suite's one interface: a submission in at a door, the whole pipeline, a verdict out.

An attack is judged end to end, the way an attacker meets the product: the
bytes go through the parse step (MIME, PDF text, OCR, classification, fields),
then through the route step's signature evaluation, with nothing handed in
that the pipeline would not itself derive. Fields are never supplied by the
test: a forgery that fools the extractors into reading a request is part of
the attack.

Each module `tests/attacks/<class>.py` defines `ATTACKS: list[Attack]`, one
class of attack (`Attack.cls`) with its cases; genuine controls
(`genuine=True`) sit beside the forgeries so a class cannot be "closed" by
refusing everything. `tests/unit/test_attacks.py` runs every case;
`make eval` prints the per-class table (`bench/eval_attacks.py`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from parsers.errors import UnreadableInput
from parsers.extract import extract
from parsers.model import Category, examine_deferred
from parsers.options import ExtractOptions
from parsers.understand import understand
from router import request as rq
from router.policy import Policy, load_policy
from router.signatures.config import SignatureConfig
from router.steps import judge as judge_step
from tests.samples.signatures.world import World

# The day every case arrives unless it says otherwise: near the suite's letters' own
# dates (November 2026), so a letter's age (`evaluation.letter_age`) does not grow
# with the wall clock. Signatures made while the suite runs are dated later, which
# the age rule allows.
ARRIVED = dt.datetime(2026, 12, 5, 12, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Submission:
    """What arrives at a door: the bytes, the channel recorded there, the envelope it wrote."""

    raw: bytes
    channel: str = "cli"  # smtp | imap | folder | cli | fax | post
    envelope: dict[str, Any] = field(default_factory=dict)
    filename: str | None = None
    # When it arrived at the door (default ARRIVED).
    received_at: dt.datetime | None = None


@dataclass(frozen=True)
class Attack:
    """One case of a class: forged (`genuine=False`, must never be `verified`) or a genuine control."""

    cls: str  # the class id, e.g. "dkim_length"
    name: str
    genuine: bool
    build: Callable[[World], Submission]
    note: str = ""
    # A policy file (TOML text) merged over the defaults for this case, if the
    # case needs registry entries the defaults lack (signing identities, numbers);
    # or a function of the world, when they name its keys (certificate fingerprints).
    policy_toml: str | Callable[[World], str] | None = None
    # For a genuine control: the verdict it must get (default verified).
    expect: str = "verified"
    # authserv-ids whose topmost Authentication-Results is believed (IMAP cases only).
    authserv_ids: tuple[str, ...] = ()
    # A hole found and not yet closed: the case is kept, run and reported as an
    # open gap (a strict xfail in the tests: closing it makes the test say so).
    known_gap: str = ""
    # Values that must be in no field of the request (what only an unsigned annex names:
    # shown as unauthenticated, never something data is given for).
    absent_from_fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outcome:
    """What the pipeline made of a submission."""

    category: str
    verdict: str | None
    signatures: dict[str, Any] | None
    fields: dict[str, Any]
    error: str | None = None

    @property
    def verified(self) -> bool:
        return self.verdict == "verified"


def config_for(world: World) -> SignatureConfig:
    """The signature configuration of a test world: its zone file and its pinned root only."""
    return replace(SignatureConfig(), trust_roots=world.roots, dns_zone_file=world.zone)


def policy_for(world: World, toml: str | Callable[[World], str] | None) -> Policy:
    """The shipped policy, with a case's own TOML merged over it (written into the world's folder)."""
    toml_text = toml(world) if callable(toml) else toml
    if not toml_text:
        return load_policy()
    digest = hashlib.sha256(toml_text.encode()).hexdigest()[:12]
    path = Path(world.folder) / f"policy-{digest}.toml"
    if not path.exists():
        path.write_text(toml_text, "utf-8")
    return load_policy(path)


def judge(
    sub: Submission,
    policy: Policy,
    config: SignatureConfig,
    options: ExtractOptions | None = None,
) -> Outcome:
    """The parse and route steps on one submission, as `router/steps.py` runs them (no database)."""
    opts = replace(options or ExtractOptions(), defer_ink=True)
    try:
        doc = extract(sub.raw, filename=sub.filename, options=opts)
    except UnreadableInput as exc:
        return Outcome("unknown", None, None, {}, error=f"unreadable input: {exc}")
    und = understand(doc, policy.cues)
    category = und.category if und.confidence >= policy.min_confidence else Category.UNKNOWN
    if "signature" in policy.required.get(category.value, ()):
        doc = examine_deferred(doc)
    record = rq.parsed_record(doc, und, hashlib.sha256(sub.raw).hexdigest())
    envelope = dict(sub.envelope)
    if sub.filename and "filename" not in envelope:
        envelope["filename"] = sub.filename
    item = SimpleNamespace(
        channel=sub.channel, envelope=envelope, received_at=sub.received_at or ARRIVED
    )
    # The parse step's own judge: the record as stored, the mail facts the extraction read.
    stored = judge_step(policy, config, None, item, sub.raw, doc, record)
    signatures: dict[str, Any] = stored["signatures"]["verdict"]
    # The request's fields as judged: built from authenticated content (an annex's out).
    fields = stored["understanding"].get("fields") or {}
    return Outcome(category.value, signatures.get("verdict"), signatures, fields)


def run_attack(attack: Attack, world: World, options: ExtractOptions | None = None) -> Outcome:
    """Build the attack's submission in `world` and judge it."""
    config = config_for(world)
    if attack.authserv_ids:
        config = replace(config, trusted_authserv_ids=attack.authserv_ids)
    return judge(attack.build(world), policy_for(world, attack.policy_toml), config, options)


def holds(attack: Attack, outcome: Outcome) -> bool:
    """Whether the product held: a forgery not verified; a genuine control as expected."""
    fields = json.dumps(outcome.fields, ensure_ascii=False).casefold()
    if any(value.casefold() in fields for value in attack.absent_from_fields):
        return False
    if attack.genuine:
        # A genuine official request read as anything else (a complaint "verified" on its
        # sender alone) is not the request verified: the category must hold too.
        return outcome.verdict == attack.expect and outcome.category == "law_enforcement"
    return not outcome.verified
