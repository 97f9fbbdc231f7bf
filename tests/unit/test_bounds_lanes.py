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


def test_an_empty_file_is_quarantined_at_once_not_retried(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An empty file's first look read SQL's NULL head and raised, so the item was retried
    five times with back-off (50 s) before its quarantine; now it is read as no bytes and
    quarantined on its first try, with the reason."""
    import dramatiq

    from ingest import Channel, Envelope, accept
    from router.actors import declare_actors
    from router.broker import make_broker
    from router.policy import load_policy
    from router.steps import Pipeline
    from storage import Database, Item
    from storage.items import EVENTS

    db = Database(f"sqlite:///{tmp_path / 'r.db'}")
    db.migrate()
    p = Pipeline(db=db, policy=load_policy())
    acc = accept(db, b"", Envelope(channel=Channel.CLI, filename="empty.pdf"), None)
    broker = make_broker("inprocess://")
    actors = declare_actors(broker, p, prefix="t", min_backoff_ms=10_000)
    worker = dramatiq.Worker(broker, worker_threads=1, worker_timeout=50)
    worker.start()
    try:
        actors.send_parse(acc.item_id)
        for queue in ("t.parse", "t.ocr", "t.route", "t.quarantine"):
            broker.join(queue, timeout=20_000)
        worker.join()
    finally:
        worker.stop()
        broker.close()
    with db.reader() as s:
        item = s.get(Item, acc.item_id)
        assert item is not None
        assert item.state == "quarantined" and item.error
    with db.read() as conn:
        events = [
            r.to_state for r in conn.execute(EVENTS.select().where(EVENTS.c.item_id == acc.item_id))
        ]
    assert "retry" not in events
    db.dispose()
