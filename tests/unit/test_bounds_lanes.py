"""Issue 13: the first look that sends files to the `ocr` lane and parses text at once."""

from __future__ import annotations

from email.message import EmailMessage

from router.lanes import TEXT_LANE_MAX_BYTES, needs_file_lane
from tests.helpers import text_mail


def _mail_with(attachment: bytes, maintype: str, subtype: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "ana@example.ro"
    msg["To"] = "support@okazii.ro"
    msg["Subject"] = "Reclamație"
    msg.set_content("Bună ziua, vă trimit dovada.")
    msg.add_attachment(attachment, maintype=maintype, subtype=subtype, filename="f")
    return bytes(msg)


def test_text_mail_and_text_files_are_parsed_on_the_light_lane() -> None:
    """A text mail, an HTML mail's alternative parts, plain text: no file lane."""
    html = EmailMessage()
    html["From"] = "a@b.ro"
    html.set_content("text")
    html.add_alternative("<p>text</p>", subtype="html")
    assert not needs_file_lane(text_mail(1))
    assert not needs_file_lane(bytes(html))
    assert not needs_file_lane("Bună ziua, o întrebare.".encode())


def test_files_and_mail_carrying_files_go_to_the_ocr_lane() -> None:
    """A PDF, an image, a mail with a PDF or a forwarded message, and anything over the size."""
    assert needs_file_lane(b"%PDF-1.7\n...")
    assert needs_file_lane(b"\x89PNG\r\n\x1a\n....")
    assert needs_file_lane(_mail_with(b"%PDF-1.4\n", "application", "pdf"))
    assert needs_file_lane(_mail_with(b"II*\x00", "image", "tiff"))
    assert needs_file_lane(b"x" * (TEXT_LANE_MAX_BYTES + 1))
