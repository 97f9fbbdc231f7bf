"""Rule-based classification: weighted cues per category, with reasons and a confidence.

Score of a category = the weights of its cues found in the new text, plus
`quoted_weight` times those found only in the quoted history; law enforcement
also scores known authority names (written with a capital: an institution is
a proper noun) and a sender under an authority domain; automatic or bulk mail
is never an official request. Support scores mail addressed to the support
mailbox, unless another category already has a claim of that weight (a
complaint sent to support@ is a complaint), the mail asks the marketplace
nothing (`Cues.support_asks`: an offer, a job application, a personal mail
sent there by mistake) or the mail is automatic or bulk
(`MailHeaders.auto_submitted`: a newsletter, a bounce, an out-of-office reply
is nobody's question, and goes to triage unless its own words say otherwise). The phrases of each issue vocabulary are cues of their category
too (`issue_cue_weight`). Each cue counts once.

confidence = s / (s + saturation) * sqrt(s / (s + runner-up)): one strong cue
(weight 3) alone gives 0.67, several reach 0.9, and an exact tie with another
category costs 30% (sqrt(1/2)), which puts a one-cue tie under the default
threshold. Below `min_confidence` the category is `unknown`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .cues import Cue, Cues
from .learned import Model
from .model import Category, MailHeaders
from .normalize import clean, fold, fold_keep_case

MAX_REASONS = 8
_WORDLIKE = re.compile(r"[a-z]{2,}")


@dataclass(frozen=True, slots=True)
class Decision:
    category: Category
    confidence: float
    reasons: tuple[str, ...]
    scores: dict[str, float]


def readable(text: str) -> bool:
    """At least three word-like tokens with vowels: empty or garbage text is not."""
    words = [w for w in _WORDLIKE.findall(fold(clean(text))) if re.search(r"[aeiouy]", w)]
    return len(words) >= 3


class _Texts:
    """The new and quoted text, folded both ways once."""

    def __init__(self, new: str, quoted: str) -> None:
        self.clean = {"new": clean(new), "quoted": clean(quoted)}
        self.folded = {k: fold(v) for k, v in self.clean.items()}
        self.cased = {k: fold_keep_case(v) for k, v in self.clean.items()}

    def find(self, cue: Cue) -> tuple[str, re.Match[str]] | None:
        """("new" or "quoted", the match) for the first place a cue is found."""
        haystacks = self.cased if cue.case_sensitive else self.folded
        for where in ("new", "quoted"):
            m = cue.pattern.search(haystacks[where])
            if m:
                return where, m
        return None

    def label(self, cue: Cue, where: str, m: re.Match[str]) -> str:
        """A phrase is named as written in the cues; a regex by the text it matched."""
        if cue.pattern.pattern == cue.text:
            return " ".join(self.clean[where][m.start() : m.end()].split())
        return cue.text


# Before an institution's name in the same sentence: the writer's own visit or complaint
# to it ("am fost la", "am depus plângere la", "m-am adresat", "I reported it to").
_NARRATED = re.compile(
    r"(?:\b(?:am|m-am|ne-am|s-a|a|au)\s+(?:mai\s+)?(?:fost|mers|dus|depus|facut|reclamat|sesizat"
    r"|adresat|anuntat|sunat|prezentat|inregistrat)\w*\b[^.?!\n]{0,60}?"
    r"|\b(?:plangere|plangerea|sesizare|sesizarea|reclamatie|reclamatia)\s+(?:penala\s+)?"
    r"|\b(?:reported|went|complained|filed\s+a\s+(?:police\s+)?(?:report|complaint))\b[^.?!\n]{0,40}?)"
    r"(?:\bla|\bcatre|\bde\s+la|\bto(?:\s+the)?|\bwith(?:\s+the)?|\bat(?:\s+the)?)\s+(?:sediul\s+)?$"
)


def _narrated(texts: _Texts, where: str, m: re.Match[str]) -> bool:
    """Whether the authority found at `m` is a place in the writer's story (`_NARRATED`)."""
    before = texts.folded[where][max(0, m.start() - 120) : m.start()]
    return _NARRATED.search(before) is not None


def classify(
    new_text: str,
    quoted_text: str,
    headers: MailHeaders | None,
    cues: Cues,
    documents: str = "",
    model: Model | None = None,
) -> Decision:
    """Decide the category of an item from its new text, its quoted history and its headers.

    `documents`: the text of the mail's own documents (PDF and image attachments),
    which an automatic mail may carry as an official request (a court portal's
    notification with the signed letter attached). `model`: the learned second
    opinion (`parsers/learned.py`), weighed by `Cues.learned_weight`."""
    if not readable(new_text + "\n" + quoted_text):
        return Decision(Category.UNKNOWN, 0.0, ("no readable text",), {})
    texts = _Texts(new_text, quoted_text)
    notes: list[str] = []  # said whatever the decision
    scores: dict[str, float] = {}
    reasons: dict[str, list[tuple[float, str]]] = {}

    def add(category: str, weight: float, reason: str) -> None:
        scores[category] = scores.get(category, 0.0) + weight
        reasons.setdefault(category, []).append((weight, reason))

    for category, category_cues in cues.categories.items():
        for cue in category_cues:
            found = texts.find(cue)
            if found is None:
                continue
            where, m = found
            quoted = where == "quoted"
            add(
                category,
                cue.weight * (cues.quoted_weight if quoted else 1.0),
                f"matched {texts.label(cue, where, m)!r}" + (" in quoted text" if quoted else ""),
            )
    le = Category.LAW_ENFORCEMENT.value
    named = [(a, texts.find(a.cue)) for a in cues.authorities]
    # "Am fost la Poliția Moreni, am depus plângere": the writer went to the police; the
    # institution is a place in their own story, not who writes.
    named = [(a, f) for a, f in named if f is None or not _narrated(texts, *f)]
    spans = [(f[0], f[1].span()) for _, f in named if f]
    for authority, found in named:
        if found is None:
            continue
        where, m = found
        if not texts.clean[where][m.start() : m.start() + 1].isupper():
            # An institution is a proper noun, written with a capital: "parchetul de 7
            # zile" (a typo of "pachetul" repaired into a cue word) names nobody.
            continue
        # "Parchetul" inside "Parchetul de pe lângă" is one authority named, not two.
        if any(
            w == where and s[0] <= m.start() and m.end() <= s[1] and s != m.span() for w, s in spans
        ):
            continue
        quoted = where == "quoted"
        weight = cues.authority_weight * (cues.quoted_weight if quoted else 1.0)
        add(le, weight, f"authority {authority.name!r}" + (" in quoted text" if quoted else ""))
    asks_the_way = _asks_the_way(texts, cues)
    if asks_the_way and le in scores:
        del scores[le]
        reasons.pop(le, None)
        notes.append("asks how or where to send an official request, names no file: no request yet")
    if le in scores and _own_data(texts, cues, bool(spans), headers):
        # "În temeiul art. 15 din Regulamentul (UE) 2016/679, vă rog să îmi comunicați ce
        # date prelucrați despre mine": a person asking for their own data writes in the
        # words of the law too; no authority, no file: a question for support.
        del scores[le]
        reasons.pop(le, None)
        notes.append(
            "asks for the writer's own data, names no authority or file: no official request"
        )
    # Never when the police, a prosecutor or a court writes: they forward complaints with
    # their own requests beside them, in words no list holds (only other offices: the
    # consumer authority, a ministry's petitions desk).
    law_body = any(a.kind in _LAW_KINDS for a, f in named if f is not None) or (
        headers is not None
        and (known_domain := cues.authority_domain(headers.from_addr)) is not None
        and known_domain[1] in _LAW_KINDS
    )
    forwarded = not law_body and _forwarded_petition(texts, cues, documents)
    if forwarded:
        # "ANPC vă transmite, spre soluționare, petiția … formulată de doamna X": an
        # authority forwards a person's complaint and asks that the person be answered.
        # Neither its name nor (below) its sender domain makes that an official request.
        scores.pop(le, None)
        reasons.pop(le, None)
        add(
            Category.COMPLAINT.value,
            cues.petition_weight,
            "a person's petition forwarded by an authority for resolution",
        )
        notes.append("forwards a petition for resolution, names no file and asks no user's data")
    if le in scores and not _official_request(texts, cues, bool(spans), headers):
        # Formal words alone ("vă rugăm să ne comunicați") are no official request: a
        # company asking for its invoices names no legal matter, an institution's
        # invitation asks for no data.
        del scores[le]
        reasons.pop(le, None)
        notes.append("no legal matter and request for data together: not an official request")
    if (
        headers is not None
        and headers.auto_submitted
        and le in scores
        and not _document_request(documents, headers, cues)
    ):
        # An authority writes its requests by hand: a bounce quoting one, an
        # out-of-office reply from a police mailbox, a bulk mail citing the CPP are
        # nobody's request, whatever words they carry. A notification carrying the
        # letter as a document (ECRIS, a registry system) is judged on the document.
        del scores[le]
        reasons.pop(le, None)
        notes.append("automatic or bulk mail: not an official request")
    if headers is not None and automatic_reply(headers) and scores:
        # An out-of-office reply or a delivery report (RFC 3834 auto-replied, X-Autoreply,
        # multipart/report) answers our mail: no person wrote a complaint, a question or a
        # request, whatever words its subject ("Reclamația dvs.") or quote carries.
        scores.clear()
        reasons.clear()
        notes.append(f"an automatic reply ({headers.auto_kind}): nobody's request")
    opinion = None
    if model is not None and cues.learned_weight > 0 and not automatic_reply(headers):
        opinion = model.opinion(texts.clean["new"])
    if opinion is not None and le not in scores:
        # Never for an official request (the rules' and the registry's): a second
        # opinion among the other four, with the words that weighed most.
        words = ", ".join(repr(w) for w in opinion.features[:4])
        if opinion.best != Category.UNKNOWN.value:
            add(
                opinion.best,
                cues.learned_weight * opinion.probability,
                f"learned model: {opinion.best} {opinion.probability:.2f} ({words})",
            )
        else:
            notes.append(f"learned model: unknown {opinion.probability:.2f} ({words})")
    reads_like_nothing = (
        opinion is not None
        and opinion.best == Category.UNKNOWN.value
        and opinion.probability >= cues.learned_unknown
        and le not in scores
    )
    # The support mailbox among the recipients (None: not sent there).
    support = (
        next((a for a in (*headers.to, *headers.cc) if cues.is_support_mailbox(a)), None)
        if headers is not None
        else None
    )
    strongest = max(scores.values(), default=0.0)
    if (
        reads_like_nothing
        and scores
        and (
            strongest < cues.support_mailbox_weight
            or (support is None and strongest == cues.support_mailbox_weight)
        )
    ):
        # The learned reading says "no request" and the rules found no more than a word or
        # two (one "parola", one "?"): weaker than the support mailbox alone, which that
        # reading also outweighs. Triage reads it. Cues just as strong as that mailbox are
        # weak too when nothing else says "support" (round 14: an invoice's "factură" and
        # "se poate", a newsletter's "?", sent to the legal mailbox); sent to the support
        # mailbox itself they stand (round 11: an English question about the API, which the
        # Romanian-trained reading calls nothing).
        weak = ", ".join(f"{k} {v:.1f}" for k, v in scores.items())
        scores.clear()
        reasons.clear()
        notes.append(f"reads like no request; the cues found are weak ({weak})")
    if headers is not None and (imitated := _imitates_us(headers.from_addr, cues)):
        # A sender domain carrying our name that is not ours (okazii-securitate.com): a
        # phishing or impersonation attempt, no customer's complaint or question. A letter
        # that reads as an official request stays one (the checks find it forged: the
        # legal team must see the attempt).
        for category in [k for k in scores if k != le]:
            del scores[category]
            reasons.pop(category, None)
        notes.append(f"the sender's domain {imitated} imitates ours")
        if not scores:
            return _decide(scores, reasons, cues, notes)
    if headers is not None:
        known = cues.authority_domain(headers.from_addr)
        if known and not headers.auto_submitted and not asks_the_way and not forwarded:
            add(le, cues.authority_domain_weight, f"sender domain {known[0]}")
        others = [v for k, v in scores.items() if k != Category.SUPPORT.value]
        if support and max(others, default=0.0) < cues.support_mailbox_weight:
            if headers.auto_submitted:
                # A newsletter, a bounce or an out-of-office reply is no customer's
                # question: only its own words can make it support.
                notes.append(f"automatic or bulk mail to the support mailbox {support}")
            elif not _asks(texts, cues):
                notes.append(f"sent to the support mailbox {support}, but asks nothing of it")
            elif reads_like_nothing:
                notes.append(f"sent to the support mailbox {support}, but reads like no request")
            else:
                add(
                    Category.SUPPORT.value,
                    cues.support_mailbox_weight,
                    f"sent to the support mailbox {support}",
                )
    if headers is None and cues.letter_weight > 0:
        # A letter on paper (post, fax, a scan given as a file) came to our own address: as
        # mail to the support mailbox, it leans to `support` when it asks us something and
        # no other category has a claim of its own that strong (round 15: a pensioner asks
        # by post how to open an account; round 14: a user asks by post to close his).
        others = [v for k, v in scores.items() if k != Category.SUPPORT.value]
        if (
            scores.get(Category.SUPPORT.value, 0.0) > 0
            and max(others, default=0.0) < cues.letter_weight
            and not reads_like_nothing
            and (_asks(texts, cues) or _PLEADS.search(texts.folded["new"]) is not None)
        ):
            add(Category.SUPPORT.value, cues.letter_weight, "a letter to us that asks us something")
    return _decide(scores, reasons, cues, notes)


# A letter's own asking formula (folded): "vă rog să-mi spuneți", "vă rugăm", "aș dori",
# "doresc", "vă solicit".
_PLEADS = re.compile(r"\b(?:va\s+rog|va\s+rugam|as\s+dori|am\s+dori|doresc|va\s+solicit)\b")


def _imitates_us(address: str | None, cues: Cues) -> str | None:
    """The sender's domain when it carries our name (an operator domain's first label, as a
    whole label or joined by a hyphen) without being one of ours; else None."""
    if not address or "@" not in address:
        return None
    domain = address.rpartition("@")[2].lower()
    if cues.is_operator(address):
        return None
    for own in cues.operator_domains:
        brand = own.split(".")[0]
        if len(brand) < 4:
            continue
        if any(brand in re.split(r"[-_]", label) for label in domain.split(".")):
            return domain
    return None


def automatic_reply(headers: MailHeaders | None) -> bool:
    """An out-of-office reply or a delivery report (RFC 3834 auto-replied, multipart/report)."""
    return headers is not None and headers.auto_kind in ("auto-replied", "report")


def _document_request(documents: str, headers: MailHeaders, cues: Cues) -> bool:
    """Whether an automatic mail carries a document that itself asks for data.

    Not for an out-of-office reply or a delivery report: what they carry is the
    mail they answer (our own reply to a police request, with its letter)."""
    if not documents.strip() or automatic_reply(headers):
        return False
    text = fold(clean(documents))
    return any(p.search(text) for p in (*cues.le_asks, *cues.le_file))


def _asks_the_way(texts: _Texts, cues: Cues) -> bool:
    """The new text asks how or where to send an official request (`Cues.le_how_to`)
    and no file is named anywhere in the mail (`Cues.le_file`)."""
    new = texts.folded["new"]
    if not any(p.search(new) for p in cues.le_how_to):
        return False
    text = new + "\n" + texts.folded["quoted"]
    return not any(p.search(text) for p in cues.le_file)


def _own_data(
    texts: _Texts, cues: Cues, authority_named: bool, headers: MailHeaders | None
) -> bool:
    """Whether the new text asks for the writer's own data (`Cues.le_own_data`) while no
    authority is named or sends it and no file is named (`Cues.le_file`)."""
    new = texts.folded["new"]
    if authority_named or not any(p.search(new) for p in cues.le_own_data):
        return False
    if headers is not None and cues.authority_domain(headers.from_addr) is not None:
        return False
    text = new + "\n" + texts.folded["quoted"]
    if any(p.search(text) for p in cues.le_file):
        return False
    # Another person's data asked beside one's own ("… și adresele IP ale utilizatorului
    # ion_pop22"): a user named who is not the writer (a username, an address) keeps the
    # request the legal team's.
    own = _own_names(headers)
    return not any(_other(m.group(1) or m.group(2), own) for m in _NAMED_USER.finditer(new))


# A user named: a username-shaped word (a digit, "_" or "." in it) after a role word, or an
# e-mail address (a phone is often the writer's own, given to find their account).
_NAMED_USER = re.compile(
    r"\b(?:utilizator\w*|cont(?:ul|ului)?|user\w*|account)\b[^a-z0-9\n]{0,3}(?:cu\s+adresa\s+)?"
    r"([a-z0-9][a-z0-9._-]*[0-9._][a-z0-9._-]*[a-z0-9])"
    r"|([a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+)"
)


_LAW_KINDS = frozenset({"police", "prosecutor", "court"})


def _forwarded_petition(texts: _Texts, cues: Cues, documents: str = "") -> bool:
    """Whether the new text forwards a person's petition for resolution
    (`Cues.petition_forwarded` and `Cues.petition_petitioner`) and nothing in the text,
    new or quoted, or in the documents it carries keeps it an official request
    (`Cues.petition_keeps_request`: a file, a user's data asked)."""
    new = texts.folded["new"]
    if not cues.petition_forwarded or not any(p.search(new) for p in cues.petition_forwarded):
        return False
    if not any(p.search(new) for p in cues.petition_petitioner):
        return False
    text = new + "\n" + texts.folded["quoted"]
    if documents.strip():
        text += "\n" + fold(clean(documents))
    return not any(p.search(text) for p in cues.petition_keeps_request)


def _own_names(headers: MailHeaders | None) -> set[str]:
    """The writer's own names (folded, without separators): the sender's address and its
    local part, the display name."""
    if headers is None:
        return set()
    out = set()
    for value in (headers.from_addr, headers.from_display):
        if value:
            out.add(re.sub(r"[^a-z0-9]", "", fold(value)))
            out.add(re.sub(r"[^a-z0-9]", "", fold(value.partition("@")[0])))
    return {o for o in out if o}


def _other(name: str | None, own: set[str]) -> bool:
    """Whether a named user is someone other than the writer (`own`)."""
    if not name:
        return False
    flat = re.sub(r"[^a-z0-9]", "", name)
    return flat not in own and not any(flat in o or o in flat for o in own if len(o) >= 6)


def _official_request(
    texts: _Texts, cues: Cues, authority_named: bool, headers: MailHeaders | None
) -> bool:
    """Whether the text names a legal matter (or an authority) and asks for data
    (`Cues.le_matter`, `Cues.le_asks`; an empty list does not check its half). A
    concrete file or the article obliging to hand data over (`Cues.le_file`) asks."""
    text = texts.folded["new"] + "\n" + texts.folded["quoted"]
    sender = headers is not None and cues.authority_domain(headers.from_addr) is not None
    matter = (
        not cues.le_matter
        or authority_named
        or sender
        or any(p.search(text) for p in cues.le_matter)
    )
    asks = (
        not cues.le_asks
        or any(p.search(text) for p in cues.le_asks)
        or any(p.search(text) for p in cues.le_file)
    )
    return matter and asks


_QUESTION = re.compile(r"[^.!?\n]*\?(?=\s|$)")


def _asks(texts: _Texts, cues: Cues) -> bool:
    """Whether the new text asks the marketplace something: a support phrase of its
    own, a question that offers nothing (`Cues.support_offers`), or one of
    `Cues.support_asks` (the writer's own account, order or trouble)."""
    if not cues.support_asks:
        return True  # a policy without the list keeps the mailbox decisive
    new = texts.folded["new"]
    for cue in cues.categories.get(Category.SUPPORT.value, ()):
        if cue.pattern.pattern == cue.text:
            continue  # a pattern (a question's shape): judged below, offers end in "?" too
        found = texts.find(cue)
        if found is not None and found[0] == "new":
            return True
    for q in _QUESTION.finditer(new):
        if not any(p.search(q.group(0)) for p in cues.support_offers):
            return True
    return any(p.search(new) for p in cues.support_asks)


def _decide(
    scores: dict[str, float],
    reasons: dict[str, list[tuple[float, str]]],
    cues: Cues,
    notes: list[str],
) -> Decision:
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    rounded = {k: round(v, 2) for k, v in ranked}
    if not ranked or ranked[0][1] <= 0:
        return Decision(Category.UNKNOWN, 0.0, ("no cue of any category", *notes), rounded)
    best, s = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    confidence = round(s / (s + cues.saturation) * math.sqrt(s / (s + second)), 2)
    why = [r for _, r in sorted(reasons[best], key=lambda wr: -wr[0])][:MAX_REASONS]
    if second > 0:
        why.append(f"also {ranked[1][0]} cues (score {second:.1f} against {s:.1f})")
    if confidence < cues.min_confidence:
        return Decision(
            Category.UNKNOWN,
            confidence,
            (
                f"no category reached {cues.min_confidence:.2f} (best: {best} at {confidence:.2f})",
                *why,
                *notes,
            ),
            rounded,
        )
    return Decision(Category(best), confidence, (*why, *notes), rounded)
