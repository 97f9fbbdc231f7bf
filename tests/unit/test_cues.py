"""Cues: shipped defaults and the legal team's policy overrides."""

from __future__ import annotations

import pytest

from parsers import Category, Cues
from parsers.classify import classify
from parsers.model import MailHeaders


def test_default_covers_every_category(cues: Cues) -> None:
    """The shipped cues have phrases for every category the router can route to."""
    assert {c.value for c in Category} - {"unknown"} <= set(cues.categories)
    assert cues.authority_domain("a@cj.politiaromana.ro") == ("politiaromana.ro", "police")
    assert cues.authority_domain("a@notpolitiaromana.ro") is None
    assert cues.authority_domain("a@pna.ro") == ("pna.ro", "prosecutor")


def test_merged_adds_phrase_and_domain(cues: Cues) -> None:
    """A policy section adds a phrase and an authority domain without touching the defaults."""
    policy = {
        "categories": {"complaint": {"phrases": {"m-a păcălit": 3.0}}},
        "authority_domains": {"anpc.ro": "other"},
    }
    merged = cues.merged(policy)
    assert (
        classify("Vânzătorul m-a pacalit rău de tot ieri", "", None, merged).category
        is Category.COMPLAINT
    )
    assert (
        classify("Vânzătorul m-a pacalit rău de tot ieri", "", None, cues).category
        is Category.UNKNOWN
    )
    assert merged.authority_domain("x@anpc.ro") == ("anpc.ro", "other")
    assert merged.authority_domain("x@mpublic.ro") is not None


def test_merged_zero_weight_disables(cues: Cues) -> None:
    """A phrase weight of 0 in the policy switches a default phrase off."""
    merged = cues.merged({"categories": {"support": {"phrases": {"cum pot": 0}}}})
    assert all(c.text != "cum pot" for c in merged.categories["support"])


def test_merged_authority_replaces_by_name(cues: Cues) -> None:
    """An authority with a default's name replaces it; a new one is added."""
    merged = cues.merged(
        {
            "authorities": [
                {"name": "DNA", "kind": "other", "rank": 3},
                {"name": "Garda Financiară", "kind": "other"},
            ]
        }
    )
    kinds = {a.name: a.kind for a in merged.authorities}
    assert kinds["DNA"] == "other" and kinds["Garda Financiară"] == "other"
    assert sum(1 for a in merged.authorities if a.name == "DNA") == 1


def test_support_mailbox_from_policy(cues: Cues) -> None:
    """The operator's own support address can be added by policy."""
    merged = cues.merged({"support_mailboxes": ["ajutor@example.ro"]})
    headers = MailHeaders(to=("ajutor@example.ro",))
    assert (
        classify("Bună seara, am o nelămurire despre anunțul meu.", "", headers, merged).category
        is Category.SUPPORT
    )


def test_bad_policy_is_a_value_error(cues: Cues) -> None:
    """A malformed regex in the policy is reported as ValueError, not a crash later."""
    with pytest.raises(ValueError, match="bad classification cues"):
        cues.merged({"categories": {"complaint": {"patterns": {"(unclosed": 1.0}}}})
