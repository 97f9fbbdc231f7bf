"""Unsigned text beside a signed letter: where the answer goes must be authenticated.

A signed PDF or S/MIME entity proves what its signer signed, never the mail
body around it. Data sent to an address only the unsigned part names is the
leak itself, whatever else the request asks. So the answer address
(`fields.reply_to`) of a request whose signature binds its content must be
stated by the signed content (`binding.bind` records whether it is, in the
`signed_content` evidence), or be an address of the authority itself: an
e-mail address at a registry domain of the authority the mail authenticated
as or the signer is bound to, or a registry postal address of that
authority. Otherwise that `signed_content` is no longer a pass: the evidence
names the unauthenticated address and the request is not verified. And an
e-mail address the signed letter does state, but at no registry domain of those
authorities, is not taken on the seal's word either (`foreign_mailbox`): it is
confirmed with the authority first, and one that imitates a registry domain is
a forgery.

`answer_routes` does the same for every other way an answer can leave: a link,
a messenger, a phone number to send to, a pick-up in person (`unsigned.findings`
runs it on each sentence of the unsigned text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from router.policy import Authority, Policy
from router.signatures.authority import domain_of, fold
from router.signatures.evidence import Check, Outcome
from router.signatures.lookalike import bare_domain, imitates


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


def answer_domain(answer: str) -> str | None:
    """The domain an answer address sends to: an e-mail address's, or a web link's host
    (an upload link, `parsers.fields.response.reply_to`); None for a postal address."""
    if re.match(r"(?i)https?://", answer.strip()):
        return _url_host(answer.strip()).lower() or None
    return domain_of(answer)


def authority_address(address: str, authorities: Sequence[Authority]) -> bool:
    """Whether `address` is one of the authorities' own: a registry domain or postal address."""
    domain = answer_domain(address)
    if domain is not None:
        return any(a.owns_domain(domain) for a in authorities)
    key = _key(address)
    return bool(key) and any(
        key == _key(p) for a in authorities for p in a.postal_addresses if _key(p)
    )


def answer_address_checks(checks: list[Check], policy: Policy, names: list[str]) -> list[Check]:
    """`checks` with each `signed_content` pass whose answer address is unauthenticated made missing.

    `names`: the authorities the request speaks for (the mail channel's, the
    signers' bound ones). An address the signed content states stays; so does
    one of those authorities' own.
    """
    # A unit's own addresses, and those of the institution above it (the same police).
    names = [*names, *(up for n in names for up in policy.ancestors(n))]
    authorities = [a for a in policy.authorities if a.name in names]
    out: list[Check] = []
    for c in checks:
        ev: dict[str, Any] = c.evidence
        answer = ev.get("reply_to")
        if (
            c.kind != "signed_content"
            or c.verdict is not Outcome.PASS
            or not isinstance(answer, str)
            or authority_address(answer, authorities)
        ):
            out.append(c)
            continue
        foreign = foreign_mailbox(answer, policy, names)
        if ev.get("reply_to_signed"):
            out.append(c)
            out += foreign
            continue
        out += foreign
        out.append(
            Check(
                "signed_content",
                Outcome.MISSING,
                f"{ev.get('document')}: the answer is to go to {answer!r}, which the "
                f"{ev.get('signed')} does not state and which is no address of "
                f"{', '.join(names) or 'the authority'} in the registry: where to answer is "
                "unauthenticated (only the unsigned text names it); no data may go there",
                {**ev, "unsigned": [*ev.get("unsigned", []), f"reply to {answer}"]},
            )
        )
    return out


def foreign_mailbox(answer: str, policy: Policy, names: list[str]) -> list[Check]:
    """`reply_to` for an e-mail answer address that is no mailbox of the authorities the
    request speaks for, even when the signed letter states it: data about a user goes
    to the authority, not to wherever its letter points. A domain that imitates any
    registry domain (look-alike letters, another script, extra labels) is no
    authority's: `fail`. Any other is `missing`: a person confirms it with the
    authority on a registry number first (an insider with the seal, or a seal device
    in other hands, signs whatever address it likes). An upload link is judged by its
    host alike (round 14: a sealed letter whose only answer route was a look-alike
    transfer site). Postal addresses are left to `authority_address` (a registry's own,
    or stated by the signed letter)."""
    domain = answer_domain(answer)
    if domain is None:
        return []
    where = "web site" if "://" in answer else "mailbox"
    for a in policy.authorities:
        for listed in a.domains:
            why = imitates(domain, bare_domain(listed))
            if why:
                return [
                    Check(
                        "reply_to",
                        Outcome.FAIL,
                        f"the letter asks for the answer at {answer!r}, whose domain "
                        f"imitates {listed} ({why}): no authority's {where}; no data may "
                        "go there",
                        {"reply_to": answer, "imitates": listed, "why": why},
                    )
                ]
    return [
        Check(
            "reply_to",
            Outcome.MISSING,
            f"the letter asks for the answer at {answer!r}, a {where} the registry does "
            f"not give {', '.join(names) or 'the authority'}: confirm it with the "
            "authority on a registry number before any data goes there",
            {"reply_to": answer, "registry_domains": False},
        )
    ]


# ------------------------------------------------------------------ answer routes
#
# Where the answer goes is not only an e-mail or postal address: an upload link, a
# messenger, a phone number to send to, an officer who comes to pick it up. Any route
# the unsigned text names that the signed letter does not state is a request nobody
# signed (the data would leave by it), and so is a link: a person follows it and reads
# there what the checks never see.

_URL = re.compile(
    r"\b(?:[a-z][a-z0-9+.-]{1,15}://|www\.)[^\s<>()\"']+"
    r"|(?<![@\w.-])(?:[a-z0-9-]+\.)+[a-z]{2,24}/[^\s<>()\"']*"
    r"|(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:com|net|org|info|biz|io|me|eu|app|link|ly|to|cc|co|xyz"
    r"|site|online|cloud|dev|page|ws|tk|su|ru|ro)(?![\w@-])"
)
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]{1,15}):")
_MESSENGER = re.compile(
    r"\b(?:whats\s?-?app|telegram|signal|viber|skype|wickr|threema|wechat|imessage|facetime"
    r"|messenger|sms|wa\.me|t\.me)\b"
)
# Where files are left for someone to fetch, named without a link ("pe Google Drive").
_STORAGE = re.compile(
    r"\b(?:google\s+drive|gdrive|dropbox|one\s?drive|wetransfer|we\s+transfer|mega\.nz|icloud"
    r"|sharepoint|box\.com|filemail|smash|swisstransfer)\b"
)
# An address written so that no reader takes it for one: "x [at] gmail [dot] com".
_OBFUSCATED = re.compile(
    r"\b[a-z0-9][a-z0-9._+-]*\s*(?:\[\s*at\s*\]|\(\s*at\s*\)|\{\s*at\s*\}|\s+at\s+|\s+arond\s+"
    r"|\[@\]|\(@\)|\s@\s)\s*[a-z0-9-]+(?:\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\s+dot\s+"
    r"|\s+punct\s+|\[\.\]|\s\.\s)\s*[a-z]{2,24})+\b"
)
_SENDING = re.compile(
    r"\b(?:raspuns\w*|raspunde\w*|trimit\w*|trimis\w*|transmit\w*|expedi\w*|furniz\w*|incarc\w*"
    r"|upload\w*|send\w*|sent|reply|replies|answer\w*|deliver\w*|sms"
    r"|(?:prin|pe|by|via)\s+fax|fax\w*\s+(?:la|to))\b"
)
_HANDOVER = re.compile(
    r"\b(?:ridic\w*|prelua\w*|preia\w*|preda\w*|inmana\w*|se\s+v(?:a|or)\s+prezenta|v(?:a|or)\s+trece"
    r"|trece\s+pe\s+la|va\s+veni|vor\s+veni|vine\s+sa|in\s+persoana|pick(?:ed|s)?[\s-]*up"
    r"|collect(?:ed|s)?|hand(?:ed)?[\s-]+(?:over|deliver\w*)|in\s+person|come\s+by|drop\s+by)\b"
)
_WHERE_WHO = re.compile(
    r"\b(?:sedi\w*|ghiseu\w*|birou\w*|registratur\w*|agent\w*|ofiter\w*|politist\w*|curier\w*"
    r"|courier|persoan\w*|coleg\w*|delegat\w*|imputernicit\w*|office|premises|desk"
    r"|officer|colleague|maine|tomorrow|ora\s+[0-9]{1,2})\b"
)


# A street address ("Str. Fabricii nr. 17", "Bd. Decebal nr. 5", "12 Main Street" is rare
# in Romanian mail) and the words that send an answer to one (by post, by courier, below).
_STREET = re.compile(
    r"\b(?:str|strada|bd|bdul|bulevardul|calea|sos|soseaua|aleea|piata|splaiul|intrarea"
    r"|street|avenue|road)\.?\s+(?P<name>[a-z][a-z .-]{1,40}?)\s*,?\s*(?:nr|no)\.?\s*(?P<no>[0-9]+)"
)
_BY_POST = re.compile(
    r"\b(?:posta\w*|postal\w*|post|mail|curier\w*|courier|recomandat\w*|registered"
    r"|mai\s+jos|de\s+mai\s+jos|urmatoarea\s+adresa|below|following\s+address|address)\b"
)


def _street_key(m: re.Match[str]) -> str:
    return re.sub(r"[^a-z0-9]", "", m["name"]) + "/" + m["no"]


def _postal_routes(sentences: list[str], signed: str) -> list[tuple[str, str]]:
    """(key, finding) for a street address an unsigned sentence sends the answer to (in it,
    or on the line after it) that the signed texts (`signed`, folded) do not state: data by
    post or courier go where the letter, not the cover note, says."""
    stated = {_street_key(m) for m in _STREET.finditer(signed)}
    out: list[tuple[str, str]] = []
    for i, sentence in enumerate(sentences):
        if not (_SENDING.search(sentence) and _BY_POST.search(sentence)):
            continue
        for part in sentences[i : i + 2]:
            for m in _STREET.finditer(part):
                key = _street_key(m)
                if key not in stated:
                    shown = " ".join(m.group().split())
                    out.append(
                        (
                            f"postal:{key}",
                            f"a postal address to send the answer to that the signed letter "
                            f"does not state ({shown!r})",
                        )
                    )
    return out


def _url_host(url: str) -> str:
    rest = url.split("://", 1)[1] if "://" in url else url
    if _SCHEME.match(rest) and "://" not in url:
        rest = rest.split(":", 1)[1]
    host = re.split(r"[/?#]", rest, maxsplit=1)[0]
    return host.rpartition("@")[2].split(":")[0].strip(".")


def answer_routes(
    sentences: list[str], readings: list[str], host_ok: Callable[[str], bool]
) -> list[str]:
    """The answer routes and links the (folded) unsigned sentences name that the signed
    texts do not state: a link to a host of no registry authority (nor the operator), a
    messenger, a phone number to send to, a postal address to send to, a pick-up or
    hand-over in person."""
    from parsers.fields.phones import find_phones

    signed = " ".join(readings)
    signed_flat = re.sub(r"[^a-z0-9]", "", fold(signed))
    out: list[str] = []
    seen: set[str] = set()

    def add(key: str, finding: str) -> None:
        if key not in seen:
            seen.add(key)
            out.append(finding)

    for key, finding in _postal_routes(sentences, fold(signed)):
        add(key, finding)
    for sentence in sentences:
        for m in _URL.finditer(sentence):
            url = m.group().rstrip(".,;:!?")
            scheme = _SCHEME.match(url)
            if scheme and scheme.group(1) in ("mailto", "cid"):
                continue  # an address: judged as one
            host = _url_host(url)
            if not host or host_ok(host) or re.sub(r"[^a-z0-9]", "", url) in signed_flat:
                continue
            add(
                f"link:{host}",
                f"a link to {url[:80]!r}: where the answer goes or what is asked is "
                "outside the signed letter (a person follows it; the checks cannot)",
            )
        for m in _OBFUSCATED.finditer(sentence):
            add(
                f"obfuscated:{m.group()}",
                f"an address written so that no check reads it as one ({m.group()!r})",
            )
        for m in _STORAGE.finditer(sentence):
            if m.group() not in fold(signed):
                add(f"storage:{m.group()}", f"a file-sharing service ({m.group()!r})")
        for m in _MESSENGER.finditer(sentence):
            word = m.group()
            if re.search(rf"\b{re.escape(word)}\b", fold(signed)):
                continue
            add(f"messenger:{word}", f"an answer route the signed letter does not state ({word!r})")
        if _SENDING.search(sentence) or _MESSENGER.search(sentence):
            for _, _, phone in find_phones(sentence):
                digits = re.sub(r"[^0-9]", "", phone)
                if digits[-9:] and digits[-9:] in re.sub(r"[^0-9]", "", signed):
                    continue
                add(
                    f"phone:{digits}",
                    f"a phone number to send to ({phone}) that the signed letter does not state",
                )
        hand = _HANDOVER.search(sentence)
        if hand and _WHERE_WHO.search(sentence):
            stem = hand.group()[:5]
            if stem not in fold(signed):
                shown = " ".join(sentence.split())[:120]
                add(
                    f"handover:{shown}",
                    f"a hand-over in person the signed letter does not state: {shown!r}",
                )
    return out
