"""The verdict over the evidence, urgency, the Romanian reply draft, and the whole evaluate()."""

from __future__ import annotations

from pathlib import Path

import pytest

from parsers.model import Category
from router.policy import load_policy
from router.signatures import SignatureConfig, SignatureInput, evaluate
from router.signatures.evidence import Check, Outcome
from router.signatures.verdict import decide, is_urgent
from tests.samples.signatures.world import REQUEST_FIELDS, World, letter_pdf, sign_pdf

P, F, M = Outcome.PASS, Outcome.FAIL, Outcome.MISSING
LE = ("authority_channel", "signature", "content")
FIELDS = REQUEST_FIELDS


def _checks(**kinds: Outcome) -> list[Check]:
    return [Check(k, v, "") for k, v in kinds.items()]


@pytest.mark.parametrize(
    ("kinds", "is_mail", "want"),
    [
        (
            {
                "dmarc": P,
                "authority_domain": P,
                "authority_alignment": P,
                "pdf_signature": P,
                "signed_content": P,
                "content": P,
            },
            True,
            "verified",
        ),
        # Issue 11: DMARC without a DKIM signature by a listed domain is never enough.
        (
            {
                "dmarc": P,
                "authority_domain": P,
                "pdf_signature": P,
                "signed_content": P,
                "content": P,
            },
            True,
            "incomplete",
        ),
        (
            {
                "dmarc": P,
                "authority_domain": P,
                "authority_alignment": P,
                "mail_structure": F,
                "pdf_signature": P,
                "signed_content": P,
                "content": P,
            },
            True,
            "suspicious",
        ),
        (
            {
                "dmarc": P,
                "authority_domain": P,
                "authority_alignment": P,
                "alternatives": F,
                "pdf_signature": P,
                "signed_content": P,
                "content": P,
            },
            True,
            "suspicious",
        ),
        ({"dmarc": P, "authority_domain": P, "pdf_signature": P, "content": P}, True, "incomplete"),
        (
            {
                "dmarc": P,
                "authority_domain": P,
                "pdf_signature": P,
                "signed_content": M,
                "content": P,
            },
            True,
            "incomplete",
        ),
        ({"dmarc": M, "authority_domain": P, "pdf_signature": P, "content": P}, True, "incomplete"),
        ({"dmarc": F, "authority_domain": P, "pdf_signature": P, "content": P}, True, "suspicious"),
        ({"dmarc": P, "authority_domain": F, "pdf_signature": P, "content": P}, True, "suspicious"),
        ({"dmarc": P, "authority_domain": P, "pdf_signature": F, "content": P}, True, "suspicious"),
        ({"dmarc": P, "authority_domain": P, "content": P}, True, "incomplete"),
        ({"dmarc": P, "authority_domain": P, "smime": P, "content": M}, True, "incomplete"),
        (
            {"paper_channel": P, "handwritten_signature": P, "stamp": P, "content": P},
            False,
            "verified",
        ),
        (
            {"paper_channel": P, "handwritten_signature": P, "stamp": M, "content": P},
            False,
            "incomplete",
        ),
    ],
)
def test_verdict_paths(kinds: dict[str, Outcome], is_mail: bool, want: str) -> None:
    """Each path: all pass → verified, something missing → incomplete, a decisive fail → suspicious."""
    assert decide(LE, _checks(**kinds), is_mail, urgent=False).verdict.value == want


def test_not_required_unless_something_is_wrong() -> None:
    """A category with no requirements is not_required, but a failed decisive check still shows."""
    assert decide((), [], True, urgent=False).verdict.value == "not_required"
    assert decide((), _checks(dmarc=F), True, urgent=False).verdict.value == "suspicious"


def test_urgency_raises_the_bar() -> None:
    """Urgent wording over an unproven channel turns incomplete into suspicious."""
    kinds = _checks(dmarc=M, authority_domain=P, pdf_signature=P, content=P)
    assert decide(LE, kinds, True, urgent=True).verdict.value == "suspicious"
    assert is_urgent(False, "Vă rugăm să tratați în regim de URGENȚĂ") and not is_urgent(
        None, "adresă"
    )


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return World.create(tmp_path_factory.mktemp("verdict"))


def _evaluate(
    world: World,
    raw: bytes,
    fields: dict[str, object],
    category: Category = Category.LAW_ENFORCEMENT,
) -> dict[str, object]:
    item = SignatureInput(category, "smtp", raw, {}, {"kind": "email"}, fields)
    return evaluate(
        item, world.policy(), SignatureConfig(trust_roots=world.roots, dns_zone_file=world.zone)
    )


def test_incomplete_request_gets_a_romanian_reply_naming_the_missing_items(world: World) -> None:
    """A DKIM-authenticated request without a signed document or case number gets a draft reply."""
    raw = world.mail("ipj@cj.politiaromana.ro", dkim_domain="cj.politiaromana.ro")
    out = _evaluate(world, raw, {k: v for k, v in FIELDS.items() if k != "case_number"})
    assert out["verdict"] == "incomplete"
    draft = str(out["reply_draft"])
    assert (
        "adresă oficială semnată" in draft and "numărul dosarului" in draft and "semnătura" in draft
    )


def test_urgent_verified_request_asks_for_a_call_back_to_a_registry_number(world: World) -> None:
    """An urgent, fully verified request stays verified and is flagged for a registry call-back."""
    pdf = sign_pdf(letter_pdf(), world.signer)
    raw = world.mail(
        "ipj@cj.politiaromana.ro",
        dkim_domain="cj.politiaromana.ro",
        subject="URGENT",
        attachments=(("a.pdf", pdf),),
    )
    out = _evaluate(world, raw, FIELDS)
    assert out["verdict"] == "verified" and out["urgent"] is True
    callback = out["callback"]
    assert (
        isinstance(callback, dict) and callback["required"] and "never a number" in callback["note"]
    )


def test_complaint_needs_only_an_authenticated_sender(world: World) -> None:
    """A complaint from a DMARC-passing sender is verified without any document signature."""
    raw = world.mail(
        "buyer@gmail.com", display="Ion", dkim_domain="gmail.com", client_ip="203.0.113.5"
    )
    assert _evaluate(world, raw, {}, Category.COMPLAINT)["verdict"] == "verified"


def test_support_mail_is_not_required_and_asks_no_dns(world: World) -> None:
    """Support mail runs no check (so no DNS question) and is not_required."""
    item = SignatureInput(
        Category.SUPPORT, "smtp", world.mail("a@b.example"), {}, {"kind": "email"}, {}
    )
    out = evaluate(item, load_policy(), SignatureConfig(dns_zone_file=Path("/nonexistent/zone")))
    assert out["verdict"] == "not_required" and out["checks"] == []
