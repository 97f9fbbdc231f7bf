"""The policy file's one schema, its one merge rule, and where each mistake stands in the file.

The policy is data the legal team changes without a release. It is read from
three layers, each a TOML file, merged in this order:

1. `parsers/default_cues.toml`, mounted at `[classification]` (the shipped cues);
2. `router/default_policy.toml` (the shipped defaults);
3. the operator's file (`REGISTRATURA_CONFIG`), if any.

**The merge rule** (one rule, everywhere in the document, `[classification]`
included):

- a table merges key by key: a key the later layer writes replaces that key,
  the others are kept (`[sla.support]` with `hours = 8` keeps `policy`);
- a value that is not a table (a number, a string, a list) replaces the earlier
  one; in particular **a list replaces the default list** (`[[authorities]]`
  in the operator's file is the whole registry);
- to add to a default list instead, write it as `{ extend = [...] }`:
  `support_mailboxes = { extend = ["ajutor@okazii.ro"] }`, or for a list of
  tables `[[authorities.extend]]` / `[[classification.authorities.extend]]`.
  The new items follow the defaults; an item equal to a default is not
  repeated, and a table whose `name` equals a default entry's replaces that
  entry where it stands.

The merged document is then validated as a whole against `PolicyDocument`:
every table forbids keys it does not know (a misspelt key is an error, never
silently dropped) and values are strictly typed (`hours = "twelve"` is an
error; a whole number is accepted where a decimal is expected, never a string
or a boolean). Each mistake is reported as a `PolicyProblem` naming the file
and line it was written at (the layer that wrote the value, found by
`KeyLocator`) and its dotted key path. `policy_digest` is the SHA-256 of the
validated document as canonical JSON (defaults filled in, keys sorted): two
files that mean the same policy have the same digest.

**Adding a key** the code reads: add it here first, as a field of the table
that holds it (a new table is a `_Table` subclass, a field of `PolicyDocument`
or of its parent), with its type and default; read it through
`Policy.document`. Until then the shipped defaults themselves fail to load
("router/default_policy.toml:LINE: key: unknown key"), which the tests show.
"""

from __future__ import annotations

import contextlib
import copy
import difflib
import hashlib
import importlib.util
import json
import re
import tomllib
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal, Union
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)

KeyPath = tuple[str | int, ...]

# The team queues the router delivers to (router.steps.TEAM_QUEUES): a category
# routed anywhere else would have no actor to deliver it.
TeamQueue = Literal["law_enforcement", "complaint", "mediation", "support", "triage"]
# The requirements the signature verdict knows (router/signatures/verdict.py): any
# other name could never be satisfied, so every item of that category would fail.
Requirement = Literal["authority_channel", "signature", "content", "authenticated_sender"]
Kind = Literal["police", "prosecutor", "court", "other"]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

_HEX = re.compile(r"[^0-9a-f]")
_CLOCK = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$")


# --------------------------------------------------------------------------- values


def _regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"not a regular expression: {exc}") from None
    return value


def _nonblank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


def _timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {value!r} (e.g. Europe/Bucharest)") from None
    return value


def _clock(value: str) -> str:
    if not _CLOCK.match(value):
        raise ValueError(f'not a clock time "HH:MM": {value!r}')
    return value


def _day(value: object) -> object:
    """A TOML date (`2026-12-24`) or the same written as a string."""
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"not a date (YYYY-MM-DD): {value!r}") from None
    return value


def _country(value: str) -> str:
    if value:
        import holidays

        if value.upper() not in holidays.list_supported_countries():
            raise ValueError(f"no public holidays known for country {value!r} (e.g. RO)")
    return value


def _weekday(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


Regex = Annotated[str, AfterValidator(_regex)]
Text = Annotated[str, AfterValidator(_nonblank)]
Positive = Annotated[float, Field(gt=0)]
Weight = Annotated[float, Field(ge=0)]
Day = Annotated[date, BeforeValidator(_day)]
Clock = Annotated[str, AfterValidator(_clock)]


class _Table(BaseModel):
    """A table of the policy file: unknown keys are errors, values strictly typed."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


# --------------------------------------------------------------------------- routing


class Queues(_Table):
    """`[routing.queues]`: the team queue each category goes to."""

    law_enforcement: TeamQueue = "law_enforcement"
    complaint: TeamQueue = "complaint"
    mediation: TeamQueue = "mediation"
    support: TeamQueue = "support"
    unknown: TeamQueue = "triage"


class Routing(_Table):
    """`[routing]`: below `min_confidence` an item goes to triage."""

    min_confidence: Annotated[float, Field(ge=0, le=1)] = 0.5
    queues: Queues = Queues()


class Required(_Table):
    """`[signatures.required]`: the checks each category needs before it can be `verified`."""

    law_enforcement: list[Requirement] = []
    complaint: list[Requirement] = []
    mediation: list[Requirement] = []
    support: list[Requirement] = []
    unknown: list[Requirement] = []


class FreeMail(_Table):
    """`[signatures.free_mail]`: providers anyone can open an account with."""

    domains: list[Text] = []


class Signatures(_Table):
    required: Required = Required()
    free_mail: FreeMail = FreeMail()
    # An official request whose letter is dated (or whose signature states a time)
    # more than this many days before it arrived is an old letter sent again, not
    # a current request: never verified (0: no limit).
    max_letter_age_days: Annotated[int, Field(ge=0)] = 90
    # The exact texts our own mail system adds to mail from outside (a tenant's
    # "external sender" banner put on top of the body after the provider authenticated
    # it): not the sender's words, so the unsigned-text check reads past them. Exact
    # text only (spacing aside): a "banner" with a word more is the sender's.
    own_banners: list[Text] = []


# --------------------------------------------------------------------------- clock


class Calendar(_Table):
    """`[calendars.NAME]` (router/calendar.py)."""

    weekdays: Annotated[
        list[Annotated[Weekday, BeforeValidator(_weekday)]], Field(min_length=1)
    ] = ["mon", "tue", "wed", "thu", "fri"]
    hours: Annotated[list[Clock], Field(min_length=2, max_length=2)] = ["00:00", "24:00"]
    holidays: Annotated[str, AfterValidator(_country)] = "RO"
    extra_days_off: list[Day] = []

    @model_validator(mode="after")
    def _opens_before_it_closes(self) -> Calendar:
        opens, closes = self.hours
        if closes != "24:00" and closes <= opens:
            raise ValueError(f"hours: closes ({closes}) before it opens ({opens})")
        return self


class Target(_Table):
    """A response-time target: exactly one of hours, business_hours, business_days."""

    hours: Positive | None = None
    business_hours: Positive | None = None
    business_days: Annotated[int, Field(gt=0)] | None = None
    calendar: Text = "business"

    @model_validator(mode="after")
    def _one_unit(self) -> Target:
        units = [u for u in ("hours", "business_hours", "business_days") if getattr(self, u)]
        if len(units) != 1:
            raise ValueError("exactly one of hours, business_hours, business_days")
        return self


class SlaRule(_Table):
    """`[sla.QUEUE]`: the rule's name, the item's due time, the targets the report measures."""

    policy: Text
    hours: Positive | None = None
    business_days: Annotated[int, Field(gt=0)] | None = None
    acknowledgement: Target | None = None
    first_response: Target | None = None
    closing: Target | None = None

    @model_validator(mode="after")
    def _one_due_time(self) -> SlaRule:
        if self.hours is not None and self.business_days is not None:
            raise ValueError("hours or business_days, not both")
        return self


# --------------------------------------------------------------------------- registry


class SigningIdentity(_Table):
    """One certificate an authority's signature is made with (see `router.policy.SigningIdentity`)."""

    organization: Text | None = None
    organization_identifier: Text | None = None
    certificate_sha256: Text | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> SigningIdentity:
        if self.certificate_sha256 is not None:
            if self.organization or self.organization_identifier:
                raise ValueError(
                    "a certificate_sha256 identity is the SHA-256 of the DER alone "
                    "(no organization with it)"
                )
            if len(_HEX.sub("", self.certificate_sha256.lower())) != 64:
                raise ValueError("certificate_sha256: 64 hexadecimal digits (SHA-256 of the DER)")
        elif not (self.organization and self.organization_identifier):
            # An O alone is anyone's to write in a certificate request: never enough.
            raise ValueError("a seal identity needs both organization and organization_identifier")
        return self


class Authority(_Table):
    """`[[authorities]]`: one known authority (see `router.policy.Authority`)."""

    name: Text
    kind: Kind = "other"
    domains: list[Text] = []
    fax_numbers: list[Text] = []
    phone_numbers: list[Text] = []
    postal_addresses: list[Text] = []
    confirmed: bool = False
    aliases: list[Text] = []
    acronyms: list[Text] = []
    outranks: list[Text] = []
    parent: Text | None = None
    signing_identities: list[SigningIdentity] = []


# --------------------------------------------------------------------------- doors


class Folder(_Table):
    """`[[folders]]`: a watched folder of fax or post (ingest/folder.py)."""

    path: Text
    channel: Literal["folder", "fax", "post"] = "folder"
    settle_seconds: Annotated[float, Field(ge=0)] | None = None
    fax_number_pattern: Regex | None = None


class FaxGateway(_Table):
    """`[[fax_gateways]]`: a fax-to-e-mail gateway (ingest/fax.py)."""

    sender: Annotated[Text, Field(alias="from")]
    pattern: Regex = r"(?P<number>\+?\d[\d\s-]{5,}\d)"
    header: Text = "Subject"

    @model_validator(mode="after")
    def _an_address(self) -> FaxGateway:
        if "@" not in self.sender:
            raise ValueError(f"from: an address or @domain, not {self.sender!r}")
        return self


class Imap(_Table):
    """`[[imap]]`: a mailbox to pull from (ingest/imap_config.py checks the rest at start)."""

    name: Text | None = None
    host: Text
    port: Annotated[int, Field(gt=0, lt=65536)] | None = None
    tls: Literal["ssl", "starttls", "none"] = "ssl"
    ca_file: Text | None = None
    username: Text
    password_env: Text
    folders: Annotated[list[Text], Field(min_length=1)] = ["INBOX"]
    after: Literal["keyword", "seen", "move"] = "keyword"
    keyword: Text = "$Registratura"
    move_to: Text | None = None
    poll_seconds: Positive = 60.0
    idle: bool = True
    max_message_bytes: Annotated[int, Field(gt=0)] = 50 * 1024 * 1024

    @model_validator(mode="before")
    @classmethod
    def _no_password(cls, data: Any) -> Any:
        if isinstance(data, dict) and "password" in data:
            raise ValueError("never put the password in the file; name it with password_env")
        return data

    @model_validator(mode="after")
    def _move_needs_a_folder(self) -> Imap:
        if self.after == "move" and not self.move_to:
            raise ValueError('after = "move" needs move_to = "Folder"')
        if self.after != "move" and self.move_to is not None:
            raise ValueError(f"move_to is set but after is {self.after!r}")
        return self


# --------------------------------------------------------------------------- classification


class CategoryCues(_Table):
    """`[classification.categories.NAME]`: phrases and regular expressions with their weights."""

    phrases: dict[str, Weight] = {}
    patterns: dict[Regex, Weight] = {}


class CueAuthority(_Table):
    """`[[classification.authorities]]`: an issuing institution named in letters."""

    name: Text
    kind: Kind = "other"
    rank: Annotated[int, Field(ge=0)] = 1
    pattern: Regex | None = None
    unit: bool = False


class TextBudget(_Table):
    """`[classification.text_budget]` (parsers.cues.TextBudget); 0 lifts a limit."""

    head_chars: Annotated[int, Field(ge=0)] = 64 * 1024
    tail_chars: Annotated[int, Field(ge=0)] = 16 * 1024
    quoted_chars: Annotated[int, Field(ge=0)] = 16 * 1024
    subject_chars: Annotated[int, Field(ge=0)] = 1024


CategoryName = Literal["law_enforcement", "complaint", "mediation", "support", "unknown"]


class Classification(_Table):
    """`[classification]`: the cues (parsers/default_cues.toml has the same shape)."""

    min_confidence: Annotated[float, Field(ge=0, le=1)] = 0.5
    saturation: Positive = 1.5
    quoted_weight: Weight = 0.25
    authority_weight: Weight = 2.5
    authority_domain_weight: Weight = 3.0
    support_mailbox_weight: Weight = 2.0
    learned_weight: Weight = 1.5
    learned_unknown: Annotated[float, Field(ge=0, le=1)] = 0.8
    letter_weight: Weight = 1.0
    issue_cue_weight: Weight = 0.0
    operator_domains: list[Text] = []
    support_mailboxes: list[Text] = []
    legal_mailboxes: list[Text] = []
    support_mailbox_offers: list[Regex] = []
    support_mailbox_asks: list[Regex] = []
    law_enforcement_matter: list[Regex] = []
    law_enforcement_asks: list[Regex] = []
    law_enforcement_file: list[Regex] = []
    law_enforcement_how_to: list[Regex] = []
    law_enforcement_own_data: list[Regex] = []
    petition_weight: Weight = 1.5
    petition_forwarded: list[Regex] = []
    petition_petitioner: list[Regex] = []
    petition_keeps_request: list[Regex] = []
    authority_domains: dict[str, Kind] = {}
    authorities: list[CueAuthority] = []
    categories: dict[CategoryName, CategoryCues] = {}
    issues: dict[CategoryName, dict[str, list[Text]]] = {}
    text_budget: TextBudget = TextBudget()


# --------------------------------------------------------------------------- acknowledgements

# What an acknowledgement's templates may use (router/outbox.py fills them in).
ACK_VARIABLES = frozenset(
    {"registration_number", "subject", "received_at", "category", "queue", "sender", "sender_name"}
)


def _template(value: str) -> str:
    """A Jinja2 template that parses and names only the variables an acknowledgement has."""
    from jinja2 import TemplateSyntaxError, meta
    from jinja2.sandbox import SandboxedEnvironment

    try:
        ast = SandboxedEnvironment().parse(value)
    except TemplateSyntaxError as exc:
        raise ValueError(f"not a Jinja2 template: {exc.message} (line {exc.lineno})") from None
    unknown = meta.find_undeclared_variables(ast) - ACK_VARIABLES
    if unknown:
        raise ValueError(
            f"unknown template variable(s) {', '.join(sorted(unknown))} "
            f"(known: {', '.join(sorted(ACK_VARIABLES))})"
        )
    return value


Template = Annotated[str, AfterValidator(_nonblank), AfterValidator(_template)]


class AckMessage(_Table):
    """`[acknowledgements.CATEGORY]`: whether that category is acknowledged, and the message."""

    enabled: bool = True
    subject: Template
    body: Template


class Acknowledgements(_Table):
    """`[acknowledgements]`: the mailbox acknowledgements come from, one message per category.

    A category without a table (or with `enabled = false`) is never acknowledged.
    """

    sender: Annotated[Text, Field(alias="from")] = "Registratura <registratura@okazii.ro>"
    law_enforcement: AckMessage | None = None
    complaint: AckMessage | None = None
    mediation: AckMessage | None = None
    support: AckMessage | None = None
    unknown: AckMessage | None = None


# --------------------------------------------------------------------------- retention

# A retention period in days (`registratura purge`, storage/retention.py).
Days = Annotated[int, Field(gt=0)]


class RetentionQueues(_Table):
    """`[retention.queues]`: days kept after its case ends, per queue the item was routed to."""

    law_enforcement: Days | None = None
    complaint: Days | None = None
    mediation: Days | None = None
    support: Days | None = None
    triage: Days | None = None
    quarantine: Days | None = None


class RetentionCategories(_Table):
    """`[retention.categories]`: days kept after its case ends, per category."""

    law_enforcement: Days | None = None
    complaint: Days | None = None
    mediation: Days | None = None
    support: Days | None = None
    unknown: Days | None = None


class Retention(_Table):
    """`[retention]`: how long an original and its personal data outlive the case.

    An item's period is the longest of its queue's and its category's; neither
    named, `days`; nothing at all: `registratura purge` needs `--older-than`.
    The period is a floor: `--older-than` never purges what the policy keeps.
    """

    days: Days | None = None
    queues: RetentionQueues = RetentionQueues()
    categories: RetentionCategories = RetentionCategories()


# --------------------------------------------------------------------------- the document


class PolicyDocument(_Table):
    """The whole merged policy: every key any part of registratura reads."""

    timezone: Annotated[str, AfterValidator(_timezone)] = "Europe/Bucharest"
    routing: Routing = Routing()
    signatures: Signatures = Signatures()
    calendars: dict[str, Calendar] = {}
    sla: dict[str, SlaRule] = {}
    authorities: list[Authority] = []
    classification: Classification = Classification()
    folders: list[Folder] = []
    fax_gateways: list[FaxGateway] = []
    imap: list[Imap] = []
    acknowledgements: Acknowledgements = Acknowledgements()
    retention: Retention = Retention()

    @model_validator(mode="after")
    def _references(self) -> PolicyDocument:
        """Names that point elsewhere in the document point at something."""
        problems: list[tuple[KeyPath, str]] = []
        defined = {"business", *self.calendars}
        for queue, rule in self.sla.items():
            for name in ("acknowledgement", "first_response", "closing"):
                target = getattr(rule, name)
                if target is not None and target.calendar not in defined:
                    problems.append(
                        (
                            ("sla", queue, name, "calendar"),
                            f"no calendar {target.calendar!r} (defined: {', '.join(sorted(defined))})",
                        )
                    )
        names = [a.name for a in self.authorities]
        for i, a in enumerate(self.authorities):
            if names.index(a.name) != i:
                problems.append((("authorities", i, "name"), f"{a.name!r} is listed twice"))
            for j, other in enumerate(a.outranks):
                if other not in names:
                    problems.append(
                        (
                            ("authorities", i, "outranks", j),
                            f"no authority named {other!r} in the registry",
                        )
                    )
            problems += _parent_problems(i, a, self.authorities)
        if problems:
            raise ReferenceProblems(problems)
        return self


def _parent_problems(i: int, a: Authority, everyone: list[Authority]) -> list[tuple[KeyPath, str]]:
    """A unit's `parent` names an authority, the chain ends, and no ancestor shares its domains.

    A domain listed by a unit and by an institution above it would make the
    unit's mailbox "one of" both, and the unit's identity unproved.
    """
    if a.parent is None:
        return []
    by_name = {x.name: x for x in everyone}
    where: KeyPath = ("authorities", i, "parent")
    seen = {a.name}
    up = by_name.get(a.parent)
    if up is None:
        return [(where, f"no authority named {a.parent!r} in the registry")]
    mine = {d.lower() for d in a.domains}
    while up is not None:
        if up.name in seen:
            return [(where, f"the parent chain of {a.name!r} loops through {up.name!r}")]
        seen.add(up.name)
        shared = mine & {d.lower() for d in up.domains}
        if shared:
            return [
                (
                    where,
                    f"{a.name!r} and {up.name!r} above it both list {', '.join(sorted(shared))}: "
                    "a domain belongs to one entry of a hierarchy",
                )
            ]
        up = by_name.get(up.parent) if up.parent else None
    return []


class ReferenceProblems(ValueError):
    """Cross-references that do not resolve (each with its key path)."""

    def __init__(self, problems: list[tuple[KeyPath, str]]) -> None:
        super().__init__("; ".join(f"{_dotted(p)}: {m}" for p, m in problems))
        self.problems = problems


# --------------------------------------------------------------------------- problems


@dataclass(frozen=True, slots=True)
class PolicyProblem:
    """One mistake: the file and line it stands at, the key's dotted path, what is wrong."""

    file: str
    line: int | None
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


def invalid_message(problems: Sequence[PolicyProblem]) -> str:
    """One line for a policy with problems: how many, the first, and how to see them all."""
    first = problems[0]
    more = (
        f" (and {len(problems) - 1} more: `registratura policy check` lists them)"
        if len(problems) > 1
        else ""
    )
    return f"invalid policy: {first}{more}"


def _dotted(path: Iterable[str | int]) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            bare = re.fullmatch(r"[A-Za-z0-9_-]+", part)
            out += ("." if out else "") + (part if bare else json.dumps(part, ensure_ascii=False))
    return out


# --------------------------------------------------------------------------- locating keys


class KeyLocator:
    """Where each key (and list item) of a TOML text is written: dotted path → line number.

    A small scanner of valid TOML (the text was parsed by `tomllib` first): it
    follows `[table]` and `[[array]]` headers, dotted and quoted keys, inline
    tables and arrays over several lines, and records the line each key or item
    starts on. `line(path)` answers for the path or, failing that, its nearest
    written ancestor (a missing key is reported where its table starts).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: dict[KeyPath, int] = {}
        self._aot: dict[KeyPath, int] = {}
        self._i = 0
        self._line = 1
        # Valid TOML is scanned to its end; a construct this scanner does not know
        # ends the scan early, and later keys are then found by their ancestors.
        with contextlib.suppress(IndexError, ValueError):
            self._document()

    def line(self, path: KeyPath) -> int | None:
        for n in range(len(path), 0, -1):
            if (found := self.lines.get(tuple(path[:n]))) is not None:
                return found
        return None

    # the scanner -----------------------------------------------------------

    def _peek(self, n: int = 1) -> str:
        return self.text[self._i : self._i + n]

    def _advance(self, n: int = 1) -> None:
        chunk = self.text[self._i : self._i + n]
        self._line += chunk.count("\n")
        self._i += n

    def _blank(self, newlines: bool) -> None:
        """Skip spaces (and newlines and comments when `newlines`)."""
        while self._i < len(self.text):
            c = self.text[self._i]
            if c in " \t\r" or (newlines and c == "\n"):
                self._advance()
            elif c == "#" and newlines:
                while self._i < len(self.text) and self.text[self._i] != "\n":
                    self._advance()
            else:
                break

    def _document(self) -> None:
        table: KeyPath = ()
        while True:
            self._blank(newlines=True)
            if self._i >= len(self.text):
                return
            line = self._line
            if self._peek(2) == "[[":
                self._advance(2)
                keys = self._keys("]")
                self._advance(2)
                parent = self._resolve(keys[:-1]) + (keys[-1],)
                index = self._aot.get(parent, 0)
                self._aot[parent] = index + 1
                table = (*parent, index)
                self.lines.setdefault(parent, line)
                self.lines[table] = line
            elif self._peek() == "[":
                self._advance()
                keys = self._keys("]")
                self._advance()
                table = self._resolve(keys)
                self.lines.setdefault(table, line)
            else:
                self._pair(table)
            self._rest_of_line()

    def _resolve(self, keys: KeyPath) -> KeyPath:
        """A header's keys, each array of tables standing for its last element."""
        out: KeyPath = ()
        for key in keys:
            out = (*out, key)
            if out in self._aot:
                out = (*out, self._aot[out] - 1)
        return out

    def _rest_of_line(self) -> None:
        self._blank(newlines=False)
        if self._peek() == "#":
            self._blank(newlines=True)

    def _keys(self, end: str) -> tuple[str, ...]:
        """A dotted key up to `end` (`=` or `]`), left at `end`."""
        keys: list[str] = []
        while True:
            self._blank(newlines=False)
            c = self._peek()
            if c in "\"'":
                keys.append(self._string())
            else:
                start = self._i
                while self._i < len(self.text) and (
                    self.text[self._i].isalnum() or self.text[self._i] in "_-"
                ):
                    self._advance()
                keys.append(self.text[start : self._i])
            self._blank(newlines=False)
            if self._peek() == ".":
                self._advance()
                continue
            if self._peek() != end:
                raise ValueError("unexpected text in a key")
            return tuple(keys)

    def _pair(self, table: KeyPath) -> None:
        line = self._line
        keys = self._keys("=")
        self._advance()
        path = table + keys
        for n in range(len(table) + 1, len(path) + 1):
            self.lines.setdefault(path[:n], line)
        self.lines[path] = line
        self._blank(newlines=False)
        self._value(path)

    def _value(self, path: KeyPath) -> None:
        c = self._peek()
        if c in "\"'":
            self._string()
        elif c == "[":
            self._advance()
            index = 0
            while True:
                self._blank(newlines=True)
                if self._peek() == "]":
                    self._advance()
                    return
                self.lines[(*path, index)] = self._line
                self._value((*path, index))
                index += 1
                self._blank(newlines=True)
                if self._peek() == ",":
                    self._advance()
        elif c == "{":
            self._advance()
            while True:
                self._blank(newlines=True)
                if self._peek() == "}":
                    self._advance()
                    return
                self._pair(path)
                self._blank(newlines=True)
                if self._peek() == ",":
                    self._advance()
        else:
            while self._i < len(self.text) and self.text[self._i] not in ",]}\n#":
                self._advance()

    def _string(self) -> str:
        quote = self._peek()
        if self._peek(3) == quote * 3:
            end = self.text.index(quote * 3, self._i + 3)
            # a closing run of up to five quotes ends with the last three
            while self.text[end + 3 : end + 4] == quote:
                end += 1
            value = self.text[self._i + 3 : end]
            self._advance(end + 3 - self._i)
            return value
        self._advance()
        start = self._i
        while self._peek() != quote:
            if quote == '"' and self._peek() == "\\":
                self._advance()
            self._advance()
        raw = self.text[start : self._i]
        self._advance()
        if quote == '"':
            try:
                decoded: str = tomllib.loads(f"x = {quote}{raw}{quote}")["x"]
                return decoded
            except tomllib.TOMLDecodeError:  # pragma: no cover
                return raw
        return raw


# --------------------------------------------------------------------------- layers and merge


@dataclass(frozen=True, slots=True)
class Layer:
    """One TOML file of the policy: its name as shown, its text, where it is mounted."""

    name: str
    text: str
    mount: KeyPath = ()


@dataclass(frozen=True, slots=True)
class Origin:
    """Which layer wrote a value of the merged document, and under which path in that file."""

    layer: int
    path: KeyPath


class _Merge:
    """The one merge rule (module docstring), remembering where each value came from."""

    def __init__(self) -> None:
        self.origin: dict[KeyPath, Origin] = {}
        self.problems: list[tuple[int, KeyPath, str]] = []

    def _mark(self, value: Any, path: KeyPath, origin: Origin) -> None:
        for key in [k for k in self.origin if k[: len(path)] == path]:
            del self.origin[key]
        self._walk(value, path, origin)

    def _walk(self, value: Any, path: KeyPath, origin: Origin) -> None:
        self.origin[path] = origin
        if isinstance(value, dict):
            for k, v in value.items():
                self._walk(v, (*path, k), Origin(origin.layer, (*origin.path, k)))
        elif isinstance(value, list):
            for i, v in enumerate(value):
                self._walk(v, (*path, i), Origin(origin.layer, (*origin.path, i)))

    def table(
        self, base: dict[str, Any], over: Mapping[str, Any], path: KeyPath, src: Origin
    ) -> dict[str, Any]:
        self.origin.setdefault(path, src)
        out = dict(base)
        for key, value in over.items():
            here, there = (*path, key), Origin(src.layer, (*src.path, key))
            old = out.get(key)
            if _is_extend(value) and (old is None or isinstance(old, list)):
                out[key] = self.extend(old or [], value["extend"], here, there)
            elif isinstance(value, dict) and isinstance(old, dict):
                self.origin[here] = there
                out[key] = self.table(old, value, here, there)
            else:
                out[key] = copy.deepcopy(_resolved(value))
                self._mark(out[key], here, there)
        return out

    def extend(self, base: list[Any], items: Any, path: KeyPath, src: Origin) -> list[Any]:
        where = Origin(src.layer, (*src.path, "extend"))
        if not isinstance(items, list):
            self.problems.append((src.layer, where.path, "extend takes a list"))
            return base
        out = list(base)
        self.origin[path] = src
        for i, item in enumerate(items):
            item = copy.deepcopy(_resolved(item))
            named = item.get("name") if isinstance(item, dict) else None
            at = next(
                (
                    j
                    for j, old in enumerate(out)
                    if named is not None and isinstance(old, dict) and old.get("name") == named
                ),
                None,
            )
            if at is None:
                if item in out:
                    continue
                at = len(out)
                out.append(item)
            else:
                out[at] = item
            self._mark(item, (*path, at), Origin(where.layer, (*where.path, i)))
        return out


def _is_extend(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {"extend"}


def _resolved(value: Any) -> Any:
    """A value with no default under it: `{extend = [...]}` is then just the list."""
    if _is_extend(value) and isinstance(value["extend"], list):
        return [_resolved(v) for v in value["extend"]]
    if isinstance(value, dict):
        return {k: _resolved(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolved(v) for v in value]
    return value


# --------------------------------------------------------------------------- validation


@dataclass(frozen=True, slots=True)
class Validated:
    """The outcome of `validate_layers`: the document (None with problems), the merged mapping."""

    document: PolicyDocument | None
    merged: dict[str, Any]
    problems: tuple[PolicyProblem, ...]
    digest: str | None


_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


def validate_layers(layers: list[Layer]) -> Validated:
    """Parse, merge (the one rule) and validate the layers; every problem with its file and line."""
    problems: list[PolicyProblem] = []
    parsed: list[dict[str, Any]] = []
    for layer in layers:
        try:
            parsed.append(tomllib.loads(layer.text))
        except tomllib.TOMLDecodeError as exc:
            m = _TOML_AT.search(str(exc))
            message = _TOML_AT.sub("", str(exc)).strip()
            if m:
                message += f" (column {m.group(2)})"
            line = int(m.group(1)) if m else None
            problems.append(PolicyProblem(layer.name, line, "", f"not TOML: {message}"))
            parsed.append({})
    if problems:
        return Validated(None, {}, tuple(problems), None)
    merge = _Merge()
    merged: dict[str, Any] = {}
    for n, (layer, data) in enumerate(zip(layers, parsed, strict=True)):
        over: dict[str, Any] = data
        for key in reversed(layer.mount):
            over = {str(key): over}
        src = Origin(n, ())
        if layer.mount:
            # the mount point itself is the layer's first line
            merge.origin.setdefault(layer.mount, src)
        merged = merge.table(merged, over, (), src)
        if layer.mount:
            _unmount(merge, n, layer.mount)
    locators: dict[int, KeyLocator] = {}

    def locate(layer: int, path: KeyPath) -> PolicyProblem:
        if layer not in locators:
            locators[layer] = KeyLocator(layers[layer].text)
        return PolicyProblem(layers[layer].name, locators[layer].line(path), "", "")

    def problem(path: KeyPath, message: str) -> PolicyProblem:
        origin = _origin_of(merge.origin, path)
        if origin is None:
            return PolicyProblem(layers[-1].name, None, _dotted(path), message)
        at, rest = origin
        spot = locate(at.layer, (*at.path, *rest))
        return PolicyProblem(spot.file, spot.line, _dotted(path), message)

    for at, path, message in merge.problems:
        spot = locate(at, path)
        problems.append(PolicyProblem(spot.file, spot.line, _dotted(path), message))
    try:
        document = PolicyDocument.model_validate(merged)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            loc = tuple(error["loc"])
            if isinstance(error.get("ctx", {}).get("error"), ReferenceProblems):
                refs: ReferenceProblems = error["ctx"]["error"]
                problems += [problem(p, m) for p, m in refs.problems]
                continue
            problems.append(problem(loc, _message(error, loc)))
        return Validated(None, merged, tuple(_ordered(problems)), None)
    if problems:
        return Validated(None, merged, tuple(_ordered(problems)), None)
    return Validated(document, merged, (), policy_digest(document))


def _unmount(merge: _Merge, layer: int, mount: KeyPath) -> None:
    """Origins of a mounted layer name paths of its own file (without the mount point)."""
    for key, origin in list(merge.origin.items()):
        if origin.layer == layer and origin.path[: len(mount)] == mount:
            merge.origin[key] = Origin(layer, origin.path[len(mount) :])


def _origin_of(origins: dict[KeyPath, Origin], path: KeyPath) -> tuple[Origin, KeyPath] | None:
    for n in range(len(path), -1, -1):
        if (found := origins.get(tuple(path[:n]))) is not None:
            return found, tuple(path[n:])
    return None


def _ordered(problems: list[PolicyProblem]) -> list[PolicyProblem]:
    seen: set[PolicyProblem] = set()
    unique = [p for p in problems if not (p in seen or seen.add(p))]  # type: ignore[func-returns-value]
    return sorted(unique, key=lambda p: (p.file, p.line or 0))


def _message(error: Any, loc: KeyPath) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        known = _known_keys(loc[:-1])
        hint = difflib.get_close_matches(str(loc[-1]), known, n=1) if known else []
        return "unknown key" + (f" (did you mean {hint[0]!r}?)" if hint else "")
    if kind == "missing":
        return "required key is missing"
    message = str(error["msg"])
    message = message.removeprefix("Value error, ").removeprefix("Assertion failed, ")
    if kind.endswith("_type") or kind in ("literal_error", "enum"):
        message += f", not {error['input']!r}"
    return message


def _known_keys(loc: KeyPath) -> list[str]:
    """The keys the table at `loc` of the document allows (for "did you mean")."""
    node: Any = PolicyDocument
    for part in loc:
        node = _step(node, part)
        if node is None:
            return []
    if isinstance(node, type) and issubclass(node, BaseModel):
        return [f.alias or name for name, f in node.model_fields.items()]
    return []


def _step(node: Any, part: str | int) -> Any:
    node = _unwrap(node)
    if isinstance(node, type) and issubclass(node, BaseModel):
        for name, f in node.model_fields.items():
            if part in (name, f.alias):
                return f.annotation
        return None
    origin = typing.get_origin(node)
    args = typing.get_args(node)
    if origin in (list, tuple) and args:
        return args[0]
    if origin is dict and len(args) == 2:
        return args[1]
    return None


def _unwrap(node: Any) -> Any:
    while True:
        origin = typing.get_origin(node)
        if origin is Annotated:
            node = typing.get_args(node)[0]
        elif origin in (Union, types.UnionType):
            rest = [a for a in typing.get_args(node) if a is not type(None)]
            if len(rest) != 1:
                return node
            node = rest[0]
        else:
            return node


def policy_digest(document: PolicyDocument) -> str:
    """SHA-256 of the validated document as canonical JSON (defaults filled, keys sorted)."""
    data = document.model_dump(mode="json", by_alias=True)
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- the shipped layers


def default_layers() -> list[Layer]:
    """The shipped cues (mounted at `classification`) and the shipped policy."""
    cues = _package_file("parsers", "default_cues.toml")
    policy = _package_file("router", "default_policy.toml")
    return [
        Layer(str(_shown(cues)), cues.read_text("utf-8"), ("classification",)),
        Layer(str(_shown(policy)), policy.read_text("utf-8")),
    ]


def _package_file(package: str, name: str) -> Path:
    """A file shipped in `package`, found without importing it (`parsers` imports OCR and PDF)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - installed
        raise OSError(f"package {package} is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / name


def _shown(resource: Any) -> str:
    """A packaged file's path relative to the working directory when it is under it."""
    try:
        path = Path(str(resource)).resolve()
        return str(path.relative_to(Path.cwd()))
    except (ValueError, OSError):
        return str(resource)


def validate_file(path: Path | None, *, read: Callable[[Path], str] | None = None) -> Validated:
    """The shipped defaults with the operator's file (if any) merged over them, validated."""
    layers = default_layers()
    if path is not None:
        text = (read or (lambda p: p.read_text("utf-8")))(Path(path))
        layers.append(Layer(str(path), text))
    return validate_layers(layers)
