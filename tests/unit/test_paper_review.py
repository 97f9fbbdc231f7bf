"""A signed and stamped paper letter that only a person can settle gets no reply draft.

Issue 12: genuine requests got reply drafts asking the police to send a signed address they
had already sent. On paper two such reasons are ours to settle: a signature page that no
number ties to page 1 (nothing shows it is another letter's either) and a stamp whose ring
cannot be read. The verdict stays `incomplete`; `review` says why and `callback` what to confirm.
"""

from __future__ import annotations

from router.signatures.evaluation import _for_a_person
from router.signatures.evidence import Check, Outcome

REQ = {"authority_channel": "pass", "signature": "missing", "content": "pass"}


def _hand(verdict: Outcome, tie: str | None = None) -> Check:
    ev = {"page_tie": tie} if tie else {}
    return Check("handwritten_signature", verdict, "page 2 is not shown to be this letter's", ev)


def _stamp(verdict: Outcome) -> Check:
    return Check("stamp", verdict, "round stamp whose text cannot be read", {"shape": "round"})


def test_an_untied_signature_page_is_for_a_person() -> None:
    review = _for_a_person(REQ, [_hand(Outcome.MISSING, "untied"), _stamp(Outcome.PASS)])
    assert len(review) == 1 and review[0].startswith("handwritten_signature:")


def test_an_unreadable_stamp_is_for_a_person() -> None:
    review = _for_a_person(REQ, [_hand(Outcome.PASS), _stamp(Outcome.UNVERIFIABLE)])
    assert len(review) == 1 and "a person reads it" in review[0]


def test_another_letter_s_page_or_no_ink_is_asked_of_the_authority() -> None:
    """Evidence against (another letter's page), a missing hand, a stamp of another body,
    or anything else missing: the old behaviour (a reply draft), never a person's review."""
    assert _for_a_person(REQ, [_hand(Outcome.MISSING, "other"), _stamp(Outcome.PASS)]) == []
    assert _for_a_person(REQ, [_hand(Outcome.MISSING), _stamp(Outcome.PASS)]) == []
    assert _for_a_person(REQ, [_hand(Outcome.PASS), _stamp(Outcome.FAIL)]) == []
    content = {**REQ, "content": "missing"}
    assert _for_a_person(content, [_hand(Outcome.MISSING, "untied"), _stamp(Outcome.PASS)]) == []
    verified = {**REQ, "signature": "pass"}
    assert _for_a_person(verified, [_hand(Outcome.PASS), _stamp(Outcome.PASS)]) == []


def test_a_fax_transmission_line_is_read_and_a_letter_s_footer_is_not() -> None:
    """The sending machine's line (a time, a page tag) shows its number; the letter's own
    footer with its page number and phone is the authority's, no claim of the machine."""
    from router.signatures.evaluation import transmission_numbers

    page = "04/12/2026 10:15  0241 611 222  COPY CENTER  P.001/002\nIPJ CLUJ\n...\n"
    assert transmission_numbers(page) == {"0241611222"}
    footer = "IPJ CLUJ\nNr. 1\n...\nStr. Decebal 1 · Tel. 0264 432 000 · Pagina 1 din 2"
    assert transmission_numbers(footer) == set()
