"""Articles cited, normalised: "art. 170 alin. (1) Cod procedură penală" -> "art. 170 CPP".

The paragraphs, points and letters ("alin. (1) și (2)", "pct. 2", "lit. c)")
are read but not kept: the
basis is the article of the code or law (issue 4's form, "art. 170 CPP").

The Criminal Code (Cod penal) names the offence being investigated, not the
basis of the request, so its articles are returned apart as offences
("art. 244 CP"). Laws keep their number ("art. 16 Legea 365/2002"); the GDPR
is "GDPR". An article without a code or law named after it is not guessed.
"""

from __future__ import annotations

import re

from .textview import TextView

_CODE = (
    # (OCR may read a speck between the words as a comma: "Codul de procedură, penală")
    r"(?:(?P<cpp>cod(?:ul)?\s+(?:de\s+)?procedur[a-z]*[\s,.]+penal[a-z]*|c\.?\s*pr(?:oc)?\.?\s*pen\.?|n?cpp\b|c[.:,]?p[.:,]?p\.?(?![a-z])"
    # in English letters (a foreign request relayed, a Europol unit's): the Romanian codes
    r"|(?:romanian\s+)?(?:code\s+of\s+criminal\s+procedure|criminal\s+procedure\s+code))"
    r"|(?P<cp>cod(?:ul)?\s+penal\b|c\.?\s*pen\.?(?![a-z])|n?cp\b|(?:romanian\s+)?(?:criminal|penal)\s+code)"
    r"|(?P<law>legea|legii|law)\s+(?:nr\.?\s*)?(?P<lawno>[0-9]{1,4}/(?:19|20)?[0-9]{2,4})"
    r"|(?P<gdpr>regulamentul(?:ui)?\s+\(?ue\)?\s+(?:nr\.?\s*)?2016/679|gdpr|rgpd))"
)
# "art." as OCR reads it ("ari..", "arl.", "ar1.", "art:"): with its full stop and a number after it.
_ART = r"(?:art\.{0,2}|art:(?=\s*[0-9])|ar[il1]\.{1,2}(?=\s*[0-9]))"
ARTICLE = re.compile(
    rf"\b(?:{_ART}|articolul|articolului|articolele|article)\s*"
    # Lists are bounded (a letter cites a few articles at once): unbounded, a run of
    # "art. 1, art. 2, ..." with no code after it was read to its end from every "art".
    # "art. 154 și al art. 170": "al"/"a" before a later article of the same code.
    # (a degree sign after the number is OCR's reading of a speck or a superscript's dot)
    r"(?P<nums>[0-9]{1,4}(?:\^?[0-9])?[°º˚]?(?:\s*(?:,|si|sau|and)\s*(?:(?:al|a)\s+)?(?:art\.?\s*)?[0-9]{1,4}[°º˚]?){0,30})"
    # Paragraphs, points and letters, one or several ("alin. (1) și (2)", "alin. 1-3",
    # "pct. 2", "lit. a) și b)"): read past, not kept.
    r"(?P<alin>\s*(?:alin\.?|alineatul|alineatele|para\.?)\s*\(?[0-9]{1,2}\)?"
    r"(?:\s*(?:,|si|sau|-|–)\s*\(?[0-9]{1,2}\)?){0,30})?"
    r"(?P<pct>\s*(?:pct\.?|punctul|punctele)\s*[0-9]{1,2}(?:\s*(?:,|si|sau)\s*[0-9]{1,2}){0,30})?"
    r"(?P<lit>\s*lit\.?\s*[a-z]\)?(?:\s*(?:,|si|sau)\s*[a-z]\)){0,30})?"
    # ... and more of them joined ("alin. (2) lit. b) și alin. (4)", "alin. 1 și 3 pct. 2")
    r"(?P<more>(?:\s*(?:,|si|sau)?\s*(?:alin\.?|alineatul|pct\.?|punctul|lit\.?)\s*\(?[0-9a-z]{1,2}\)?){0,6})"
    # "art. 170, Cod …", or with a full stop typed or read for the comma ("art. 170. Cod …")
    r"\s*[,.]?\s*(?:din\s+|al\s+|a\s+|of\s+the\s+)?(?:noul(?:ui)?\s+)?" + _CODE
)


_JOINED_BEFORE = re.compile(
    r"\b(?:art\.{0,2}|articolul)\s*(?P<num>[0-9]{1,4})"
    r"(?:\s*(?:alin\.?|alineatul)\s*\(?[0-9]{1,2}\)?)?(?:\s*(?:pct\.?|punctul)\s*[0-9]{1,2})?"
    r"(?:\s*lit\.?\s*[a-z]\)?)?\s*(?:,|si)(?:\s+(?:al|a))?\s*$"
)


def _suffix(m: re.Match[str]) -> tuple[str, bool]:
    if m.group("cpp"):
        return "CPP", False
    if m.group("cp"):
        return "CP", True
    if m.group("law"):
        number = m.group("lawno")
        # The codes are laws too: "art. 170 din Legea nr. 135/2010 privind Codul de
        # procedură penală" is the CPP, Legea 286/2009 the Penal Code.
        if re.fullmatch(r"135/(?:20)?10", number):
            return "CPP", False
        if re.fullmatch(r"286/(?:20)?09", number):
            return "CP", True
        return f"Legea {number}", False
    return "GDPR", False


# Before a special law's article that names the offence, not the request's basis: the
# offence's words and an opening parenthesis, or "prevăzută de", right before it.
_OFFENCE_BEFORE = re.compile(
    r"(?:\b(?:privind|infractiun\w*|contraband\w*|evaziun\w*|fapt\w*|savarsi\w*|spalar\w*)\b"
    r"(?:(?!temeiul|baza|conform|potrivit|solicit|dispoz)[^.;()]){0,80}\(\s*"
    r"|\b(?:prevazut\w*|prev\.|incriminat\w*|sanctionat\w*|pedepsit\w*)\s+(?:de|la|in)\s+)$"
)


def articles(view: TextView) -> tuple[list[str], list[str]]:
    """(legal bases, offences) in order of appearance, without repeats."""
    bases: list[str] = []
    offences: list[str] = []
    for m in view.finditer(ARTICLE):
        suffix, offence = _suffix(m)
        if m.group("law") and not offence and suffix not in ("CPP", "GDPR"):
            # "privind evaziunea fiscală (art. 9 din Legea nr. 241/2005)", "infracțiunea
            # prevăzută de art. 270 din Legea 86/2006": the offence a special law defines
            offence = (
                _OFFENCE_BEFORE.search(view.folded, max(0, m.start() - 100), m.start()) is not None
            )
        nums = re.findall(r"[0-9]{1,4}(?:\^[0-9])?", m.group("nums"))
        # "art. 138 alin. (1) lit. k) și art. 170 din Codul ...": an article with its own
        # paragraph or letter, joined to the next, shares the code named after the last.
        head = m.start()
        while before := _JOINED_BEFORE.search(view.folded, max(0, head - 90), head):
            nums.insert(0, before.group("num"))
            head = before.start()
        for num in nums:
            item = f"art. {num} {suffix}"
            target = offences if offence else bases
            if item not in target:
                target.append(item)
    return bases, offences
