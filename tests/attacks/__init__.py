"""The attack suite: one module per class of forgery (see harness.py), collected here.

A module joins the suite by being listed in `MODULES`; each exports `ATTACKS`.
"""

from __future__ import annotations

import importlib

from tests.attacks.harness import Attack

MODULES: tuple[str, ...] = (
    "controls",
    "signer_identity",
    "authority_mismatch",
    "unsigned_extras",
    "pdf_shadow",
    "dkim_length",
    "file_headers",
    "spf_subdomain",
    "alternatives",
    "authres",
    "ink",
    "redteam_answer_address",
    "redteam_unextracted",
    "redteam_dkim_key",
    "redteam_outlook",
    "redteam_role_binding",
    "redteam_cover_note",
    "redteam_pades_ltv",
    "redteam_paper_pages",
    "redteam_smime_cutout",
    "redteam_registry_alias",
    "redteam_countersigned",
    "redteam_tnef",
    "redteam_unsigned_text",
    "fax_line",
    "redteam3_confusables",
    "redteam3_vocabulary",
    "redteam3_html_unparsed",
    "redteam3_html_false_hidden",
    "redteam3_text_renderings",
    "redteam3_tnef_content",
    "redteam3_own_quote",
    "redteam3_restated_fragment",
    "redteam3_pdf_annex_layers",
    "redteam3_pdf_polyglot",
    "redteam3_charset_labels",
    "redteam3_genuine_cover_notes",
    "redteam3_paper_beside_the_letter",
    "redteam3_identifiers",
    "redteam3_certificate_purpose",
    "redteam3_name_collision",
    "redteam3_role_words",
    "redteam3_smime_opaque",
    "redteam3_header_display_names",
    "redteam3_binding_key",
    "redteam3_misleading_type",
    "redteam3_anaphora",
    "redteam4_timestamp_shadow",
    "redteam4_answer_headers",
    "redteam4_answer_channel",
    "redteam4_addressee",
    "redteam4_county_channel",
    "redteam4_stale_letter",
    "redteam4_personal_cert_as_seal",
    "redteam4_procedural_cover",
    "redteam4_enclosed_original",
    "redteam4_referring_cover",
    "redteam4_annex_panels",
    "redteam4_listed_users",
    "redteam4_officials_accounts",
    "redteam4_bidi_override",
    "redteam4_outlined_text",
    "redteam4_widened_scope",
    "redteam4_unnumbered_signature_page",
    "redteam4_own_banner",
    "redteam4_smime_alias",
    "redteam4_cades_files",
    "redteam5_annexes",
    "redteam6_ring_bodies",
    "redteam6_page_splice",
    "redteam6_printed_flourish",
    "readme9_certificates",
    "readme9_paper",
    "redteam7_mail",
    "signed_letter_content",
    "letter_powers",
    "registry_confirmed",
    "case_state",
    "smime_enclosed_copy",
    "upload_link",
    "act_and_signer",
)


def _collect() -> list[Attack]:
    out: list[Attack] = []
    for name in MODULES:
        out.extend(importlib.import_module(f"tests.attacks.{name}").ATTACKS)
    return out


ALL_ATTACKS: list[Attack] = _collect()
