"""Classification cues as data: phrases and weights per category, authorities, domains.

Defaults ship in `default_cues.toml`; the operator's policy file section
[classification] is merged over them (`router.policy_schema`: the policy's one
merge rule and schema; `Cues.merged(mapping)` applies the same rule to a
mapping), so the legal team adds phrases, authorities and domains without a
release. See the TOML file's header for the phrase syntax.
"""

from __future__ import annotations

import copy
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any

from .normalize import fold_keep_case, fold_phrase, phrase_pattern
from .repair import LABEL_WORDS

_ACRONYM = re.compile(r"^[A-ZĂÂÎȘȚŞŢ]{2,8}$")


@dataclass(frozen=True, slots=True)
class Cue:
    """One phrase (or regex) with its weight, compiled for folded text."""

    text: str
    weight: float
    pattern: re.Pattern[str]
    case_sensitive: bool = False

    @classmethod
    def phrase(cls, text: str, weight: float) -> Cue:
        case = bool(_ACRONYM.match(text.strip()))
        return cls(text, weight, phrase_pattern(text, case), case)

    @classmethod
    def regex(cls, text: str, weight: float) -> Cue:
        return cls(text, weight, re.compile(text))


@dataclass(frozen=True, slots=True)
class Authority:
    """A known issuing institution and its kind (police, prosecutor, court, other)."""

    name: str
    kind: str
    rank: int
    cue: Cue
    # A unit named under its parent in a letterhead ("Secția 2 Poliție" under "Poliția
    # Municipiului Constanța"): given as "Parent, Unit", since alone it names no place.
    unit: bool = False


@dataclass(frozen=True, slots=True)
class RegistryName:
    """An institution of the authority registry, as `Cues.with_registry` takes it."""

    name: str
    kind: str
    parent: str | None = None
    aliases: tuple[str, ...] = ()


# A word in capitals of two letters or more, dotted or not ("ITPF", "I.P.J.", "S.J.A."): a
# registry alias holding one is a short name, not the name a letterhead writes.
_ABBREVIATED = re.compile(r"(?<![\w.])(?:[A-ZĂÂÎȘȚ]\.?){2,}(?![a-zăâîșț])")

# The kinds of an issuing institution (the request schema's `authority_kind`).
KINDS = ("police", "prosecutor", "court", "other")


@dataclass(frozen=True, slots=True)
class TextBudget:
    """How much of an item's text classification and field extraction read (issue 13).

    The first `head_chars` and the last `tail_chars` characters of the new text
    (a police request states its substance at its start and closes with its
    signature block; an annex of a hundred pages sits between), the first
    `quoted_chars` of the quoted history (the latest message is on top) and of
    the subject. What lies between is kept in the stored original and recorded
    as a defect, never analysed: analysis then costs the same for a 25 MB
    letter as for an 80 KB one. 0 lifts a limit.
    """

    head_chars: int = 64 * 1024
    tail_chars: int = 16 * 1024
    quoted_chars: int = 16 * 1024
    subject_chars: int = 1024

    @classmethod
    def unlimited(cls) -> TextBudget:
        """No limit at all (measurements, tests)."""
        return cls(0, 0, 0, 0)

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> TextBudget:
        """From the policy's `[classification.text_budget]` (missing keys: the defaults)."""
        known = {"head_chars", "tail_chars", "quoted_chars", "subject_chars"}
        unknown = set(data) - known
        if unknown:
            raise KeyError(f"unknown text_budget key(s): {', '.join(sorted(unknown))}")
        values = {k: int(v) for k, v in data.items()}
        if any(v < 0 for v in values.values()):
            raise TypeError("text_budget values must be 0 or more")
        return cls(**values)


@dataclass(frozen=True, slots=True)
class Cues:
    """Everything classification and field extraction take from policy (read-only)."""

    min_confidence: float
    saturation: float
    quoted_weight: float
    authority_weight: float
    authority_domain_weight: float
    support_mailbox_weight: float
    categories: dict[str, tuple[Cue, ...]]
    authorities: tuple[Authority, ...]
    authority_domains: dict[str, str]
    operator_domains: tuple[str, ...]
    support_mailboxes: tuple[str, ...]
    legal_mailboxes: tuple[str, ...]
    issues: dict[str, dict[str, tuple[Cue, ...]]]
    source: dict[str, Any] = field(repr=False, compare=False)
    # Folded words of every phrase (and authority name) plus the extractors' labels:
    # what `repair.repair_ocr` restores OCR-damaged or misspelt words to.
    vocabulary: frozenset[str] = field(default=LABEL_WORDS, repr=False, compare=False)
    budget: TextBudget = field(default_factory=TextBudget)
    # What a mail must show for the support mailbox to count (`support_mailbox_asks`).
    support_asks: tuple[re.Pattern[str], ...] = ()
    # A question of one of these shapes offers, it does not ask (`support_mailbox_offers`).
    support_offers: tuple[re.Pattern[str], ...] = ()
    # What an official request must show besides its cues (`law_enforcement_matter`,
    # `law_enforcement_asks`): a legal matter (or an authority) and a request for data.
    le_matter: tuple[re.Pattern[str], ...] = ()
    le_asks: tuple[re.Pattern[str], ...] = ()
    le_file: tuple[re.Pattern[str], ...] = ()
    # A question of how or where to send an official request (`law_enforcement_how_to`).
    le_how_to: tuple[re.Pattern[str], ...] = ()
    # A writer asking for their own data (`law_enforcement_own_data`): a data subject.
    le_own_data: tuple[re.Pattern[str], ...] = ()
    # A person's petition an authority forwards for resolution (`petition_forwarded`, with
    # `petition_petitioner`; `petition_keeps_request`: what keeps it an official request).
    petition_forwarded: tuple[re.Pattern[str], ...] = ()
    petition_petitioner: tuple[re.Pattern[str], ...] = ()
    petition_keeps_request: tuple[re.Pattern[str], ...] = ()
    petition_weight: float = 1.5
    # The learned second opinion (`parsers/learned.py`): the weight its best category
    # adds, times its probability (0: the rules alone), and the probability above
    # which its "reads like none of them" takes the support mailbox's weight away.
    learned_weight: float = 0.0
    # A letter on paper that asks us something, with a support cue of its own (or the
    # learned reading's): this much more for `support` (0 turns it off).
    letter_weight: float = 0.0
    learned_unknown: float = 1.0

    @classmethod
    def default(cls) -> Cues:
        """The cues shipped in parsers/default_cues.toml."""
        text = (
            resources.files(__package__).joinpath("default_cues.toml").read_text(encoding="utf-8")
        )
        return cls.from_mapping(tomllib.loads(text))

    def merged(self, mapping: dict[str, Any] | None) -> Cues:
        """A new Cues with the policy file's [classification] section merged over these."""
        if not mapping:
            return self
        return Cues.from_mapping(_merge(copy.deepcopy(self.source), mapping))

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> Cues:
        """Build from a mapping shaped like default_cues.toml; raises ValueError if malformed."""
        try:
            return cls._build(data)
        except (KeyError, TypeError, re.error) as exc:
            raise ValueError(f"bad classification cues: {exc}") from exc

    @classmethod
    def _build(cls, data: dict[str, Any]) -> Cues:
        categories: dict[str, tuple[Cue, ...]] = {}
        for name, spec in data.get("categories", {}).items():
            cues = [
                Cue.phrase(p, float(w)) for p, w in spec.get("phrases", {}).items() if float(w) > 0
            ]
            cues += [
                Cue.regex(p, float(w)) for p, w in spec.get("patterns", {}).items() if float(w) > 0
            ]
            categories[name] = tuple(cues)
        authorities = tuple(
            Authority(
                name=a["name"],
                kind=a.get("kind", "other"),
                rank=int(a.get("rank", 1)),
                cue=Cue.regex(a["pattern"], 1.0)
                if a.get("pattern")
                else Cue.phrase(a["name"], 1.0),
                unit=bool(a.get("unit", False)),
            )
            for a in data.get("authorities", [])
        )
        issue_weight = float(data.get("issue_cue_weight", 0.0))
        if issue_weight > 0:
            for category, table in data.get("issues", {}).items():
                known = {c.text for c in categories.get(category, ())}
                extra = [
                    Cue.phrase(p, issue_weight)
                    for phrases in table.values()
                    for p in phrases
                    if p not in known
                    and p not in data["categories"].get(category, {}).get("phrases", {})
                ]
                categories[category] = (*categories.get(category, ()), *extra)
        issues = {
            category: {
                issue: tuple(Cue.phrase(p, 1.0) for p in phrases)
                for issue, phrases in table.items()
            }
            for category, table in data.get("issues", {}).items()
        }
        return cls(
            min_confidence=float(data.get("min_confidence", 0.5)),
            saturation=float(data.get("saturation", 1.5)),
            quoted_weight=float(data.get("quoted_weight", 0.25)),
            authority_weight=float(data.get("authority_weight", 2.5)),
            authority_domain_weight=float(data.get("authority_domain_weight", 3.0)),
            support_mailbox_weight=float(data.get("support_mailbox_weight", 2.0)),
            categories=categories,
            authorities=authorities,
            authority_domains={
                d.lower().lstrip("."): k for d, k in data.get("authority_domains", {}).items()
            },
            operator_domains=tuple(d.lower() for d in data.get("operator_domains", [])),
            support_mailboxes=tuple(m.lower() for m in data.get("support_mailboxes", [])),
            legal_mailboxes=tuple(m.lower() for m in data.get("legal_mailboxes", [])),
            issues=issues,
            source=data,
            vocabulary=_vocabulary(categories, authorities, issues),
            budget=TextBudget.from_mapping(dict(data.get("text_budget", {}))),
            support_asks=tuple(re.compile(p) for p in data.get("support_mailbox_asks", [])),
            support_offers=tuple(re.compile(p) for p in data.get("support_mailbox_offers", [])),
            le_matter=tuple(re.compile(p) for p in data.get("law_enforcement_matter", [])),
            le_asks=tuple(re.compile(p) for p in data.get("law_enforcement_asks", [])),
            le_file=tuple(re.compile(p) for p in data.get("law_enforcement_file", [])),
            le_how_to=tuple(re.compile(p) for p in data.get("law_enforcement_how_to", [])),
            le_own_data=tuple(re.compile(p) for p in data.get("law_enforcement_own_data", [])),
            petition_forwarded=tuple(re.compile(p) for p in data.get("petition_forwarded", [])),
            petition_petitioner=tuple(re.compile(p) for p in data.get("petition_petitioner", [])),
            petition_keeps_request=tuple(
                re.compile(p) for p in data.get("petition_keeps_request", [])
            ),
            petition_weight=float(data.get("petition_weight", 1.5)),
            learned_weight=float(data.get("learned_weight", 0.0)),
            letter_weight=float(data.get("letter_weight", 0.0)),
            learned_unknown=float(data.get("learned_unknown", 1.0)),
        )

    def with_registry(self, entries: Iterable[RegistryName]) -> Cues:
        """These cues with the registry's institutions added as issuers (`find_authority`).

        The shipped list names families ("Inspectoratul de Poliție Județean", "Parchetul
        de pe lângă"); an institution the operator's registry lists and no family
        covers ("Direcția Generală Anticorupție") was no issuer at all, so a letter
        headed with it was credited to the ministry above it. Each name and alias of
        the registry that no authority cue matches whole becomes one, as specific as
        one level below its parent's (3 for an institution without a parent). A name a
        family cue matches from its start is found already and changes nothing.
        """
        known = self.authorities
        by_name = {e.name: e for e in entries}

        def family(name: str) -> bool:
            keep_case = fold_keep_case(name)
            return any(
                a.cue.pattern.match(keep_case if a.cue.case_sensitive else fold_phrase(name))
                for a in known
            )

        def rank_of(entry: RegistryName, seen: frozenset[str] = frozenset()) -> int:
            parent = by_name.get(entry.parent or "")
            if parent is None or parent.name in seen:
                return 3
            if family(parent.name):  # a unit of a known family: below the family's rank
                return 4
            return rank_of(parent, seen | {entry.name}) + 1

        added: list[Authority] = []
        seen_names: set[str] = set()
        for entry in by_name.values():
            for name in (entry.name, *entry.aliases):
                folded = fold_phrase(name)
                if not folded or folded in seen_names or family(name):
                    continue  # found already, by its family's cue
                if _ABBREVIATED.search(name):
                    continue  # "ITPF Giurgiu", "I.P.J. Argeș": a fax line's short name, no heading
                seen_names.add(folded)
                added.append(
                    Authority(
                        name=name,
                        kind=entry.kind if entry.kind in KINDS else "other",
                        rank=rank_of(entry),
                        cue=Cue.phrase(name, 1.0),
                    )
                )
        if not added:
            return self
        authorities = (*self.authorities, *added)
        return replace(
            self,
            authorities=authorities,
            vocabulary=_vocabulary(self.categories, authorities, self.issues),
        )

    def authority_domain(self, address: str | None) -> tuple[str, str] | None:
        """(known domain, kind) when the address's domain is, or is under, an authority domain."""
        domain = (address or "").rpartition("@")[2].lower().strip(" >.")
        for known, kind in self.authority_domains.items():
            if domain == known or domain.endswith("." + known):
                return known, kind
        return None

    def is_operator(self, address: str) -> bool:
        domain = address.rpartition("@")[2].lower()
        return any(domain == d or domain.endswith("." + d) for d in self.operator_domains)

    def is_support_mailbox(self, address: str) -> bool:
        address = address.lower()
        local = address.partition("@")[0] + "@"
        return any(address == m or (m.endswith("@") and local == m) for m in self.support_mailboxes)


def _vocabulary(
    categories: dict[str, tuple[Cue, ...]],
    authorities: tuple[Authority, ...],
    issues: dict[str, dict[str, tuple[Cue, ...]]],
) -> frozenset[str]:
    phrases = [c.text for cues in categories.values() for c in cues if c.pattern.pattern != c.text]
    phrases += [a.name for a in authorities]
    phrases += [c.text for table in issues.values() for cues in table.values() for c in cues]
    words = {w for p in phrases for w in re.findall(r"[a-z]{6,}", fold_phrase(p.rstrip("*")))}
    return LABEL_WORDS | frozenset(words)


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """The policy file's one merge rule (`router.policy_schema`): tables merge key by key,
    anything else replaces (a list replaces the default list), and `{"extend": [...]}`
    appends to a default list (a table with a default entry's `name` replaces it)."""
    for key, value in override.items():
        old = base.get(key)
        if isinstance(value, dict) and set(value) == {"extend"} and isinstance(old, list | None):
            out = list(old or [])
            for item in copy.deepcopy(value["extend"]):
                name = item.get("name") if isinstance(item, dict) else None
                at = [
                    i
                    for i, o in enumerate(out)
                    if name and isinstance(o, dict) and o.get("name") == name
                ]
                if at:
                    out[at[0]] = item
                elif item not in out:
                    out.append(item)
            base[key] = out
        elif isinstance(old, dict) and isinstance(value, dict):
            base[key] = _merge(old, value)
        else:
            base[key] = copy.deepcopy(value)
    return base
