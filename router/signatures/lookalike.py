"""Look-alike domains: why a domain that is *not* an authority's might be mistaken for one.

Extra labels (politiaromana.ro.example.net), the same name under another TLD,
hyphens or digits added, the name embedded in a longer one, small edit
distances (politiaromama.ro), and IDN homoglyphs (Cyrillic а/о/р/с…, punycode).
"""

from __future__ import annotations

import contextlib
import unicodedata

from router.signatures.dmarc import org_domain

# Characters that render like Latin letters (Cyrillic, Greek, dotless i…) and
# ASCII substitutions that read alike; the skeleton maps both to plain Latin.
_HOMOGLYPHS = str.maketrans(
    {
        "а": "a",
        "е": "e",
        "о": "o",
        "р": "p",
        "с": "c",
        "у": "y",
        "х": "x",
        "і": "i",
        "ј": "j",
        "ӏ": "l",
        "ԁ": "d",
        "ѕ": "s",
        "һ": "h",
        "ո": "n",
        "ռ": "n",
        "ı": "i",
        "α": "a",
        "ο": "o",
        "ρ": "p",
        "ν": "v",
        "τ": "t",
        "ι": "i",
        "κ": "k",
        "μ": "m",
        "0": "o",
        "1": "l",
        "3": "e",
        "5": "s",
        "|": "l",
    }
)


def to_unicode(domain: str) -> str:
    """The domain with punycode labels decoded (undecodable labels kept as they are)."""
    out = []
    for label in domain.lower().rstrip(".").split("."):
        if label.startswith("xn--"):
            with contextlib.suppress(UnicodeError):
                label = label.encode("ascii").decode("idna")
        out.append(label)
    return ".".join(out)


def skeleton(text: str) -> str:
    """A comparison form: homoglyphs to Latin, accents dropped, rn→m, vv→w, no hyphens."""
    text = unicodedata.normalize("NFKD", text.lower().translate(_HOMOGLYPHS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("rn", "m").replace("vv", "w").replace("-", "").replace("_", "")


def distance(a: str, b: str) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def bare_domain(entry: str) -> str:
    """A registry domain entry without its `*.` (an explicit subdomain entry)."""
    return entry[2:] if entry.startswith("*.") else entry


def below_listed(domain: str, entries: tuple[str, ...]) -> str | None:
    """The registry entry `domain` sits strictly below (its subdomain, listed or not), if any."""
    domain = domain.lower().rstrip(".")
    return next((d for d in map(bare_domain, entries) if domain.endswith("." + d)), None)


def _label(domain: str) -> str:
    """The registrable name without its public suffix: politiaromana.ro → politiaromana."""
    return org_domain(domain).split(".")[0]


def imitates(domain: str, authority_domain: str) -> str | None:
    """Why `domain` looks like `authority_domain` (which it is not part of), or None."""
    domain = domain.lower().rstrip(".")
    auth = authority_domain.lower().rstrip(".")
    if domain == auth or domain.endswith("." + auth):
        return None
    if org_domain(domain) == org_domain(auth):
        # The same registrable domain (a sibling or parent of a listed subdomain):
        # whoever holds it is the owner, not an imitator; whether the registry
        # lists it is said by the authority check, not here.
        return None
    uni = to_unicode(domain)
    idn = uni != domain or not domain.isascii()
    if idn and (skeleton(uni) == skeleton(auth) or skeleton(_label(uni)) == skeleton(_label(auth))):
        return f"IDN homoglyph of {auth} ({uni})"
    if domain.startswith(auth + ".") or f".{auth}." in f".{domain}":
        return f"contains {auth} as extra labels"
    mine, theirs = _label(uni), _label(auth)
    if mine == theirs:
        return f"same name as {auth} under another suffix"
    sm, st = skeleton(mine), skeleton(theirs)
    if sm == st:
        return f"reads like {auth} (hyphens, digits or look-alike letters)"
    if (len(st) >= 5 and st in sm) or skeleton(auth.replace(".", "")) in skeleton(
        uni.replace(".", "")
    ):
        return f"embeds the name of {auth}"
    limit = 1 if len(st) < 9 else 2
    if len(st) >= 5 and distance(sm, st) <= limit:
        return f"within edit distance {distance(sm, st)} of {auth}"
    return None
