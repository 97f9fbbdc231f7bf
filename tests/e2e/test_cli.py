"""The `registratura ingest` contract of REQUEST_SCHEMA.md, through the real command."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import SAMPLES, corpus
from tests.helpers import assert_request_schema, cli_env, run_cli

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def _mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "le_police_email.eml", folder / "01_police.eml")
    shutil.copy(SAMPLES / "complaint_text.pdf", folder / "02_complaint.pdf")
    shutil.copy(SAMPLES / "support_html.eml", folder / "03_support.eml")
    good_pdf = corpus("pdfplumber/tests/pdfs/nics-background-checks-2015-11.pdf").read_bytes()
    (folder / "04_truncated.pdf").write_bytes(good_pdf[: len(good_pdf) // 3])
    (folder / "05_empty.pdf").write_bytes(b"")
    (folder / "06_random.tif").write_bytes(os.urandom(4096))
    return folder


def test_ingest_wait_json_over_good_and_broken_files(tmp_path: Path) -> None:
    """One valid line per file in input order; broken files quarantined with an error; exit 0."""
    folder = _mixed_folder(tmp_path)
    proc = run_cli(["ingest", "--wait", "--json", str(folder)], cli_env(tmp_path))
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    names = sorted(p.name for p in folder.iterdir())
    assert [Path(line["source"]["path"]).name for line in lines] == names
    by_name = {Path(line["source"]["path"]).name: line for line in lines}
    assert by_name["01_police.eml"]["queue"] == "law_enforcement"
    assert by_name["02_complaint.pdf"]["queue"] == "complaint"
    assert by_name["03_support.eml"]["queue"] == "support"
    for broken in ("04_truncated.pdf", "05_empty.pdf", "06_random.tif"):
        line = by_name[broken]
        assert line["queue"] == "quarantine" and line["status"] == "quarantined", line
        assert line["error"], line
    for line in lines:
        assert_request_schema(line)
        assert line["schema_version"] == 1
        assert line["registration_number"].startswith("REG-")
        assert line["status"] in ("routed", "quarantined")


def test_ingest_again_reports_duplicates(tmp_path: Path) -> None:
    """Ingesting the same file twice yields the existing request with "duplicate": true."""
    env = cli_env(tmp_path)
    sample = str(SAMPLES / "support_html.eml")
    first = run_cli(["ingest", "--wait", "--json", sample], env)
    second = run_cli(["ingest", "--wait", "--json", sample], env)
    assert first.returncode == 0 and second.returncode == 0, second.stderr
    a, b = json.loads(first.stdout), json.loads(second.stdout)
    assert "duplicate" not in a and b["duplicate"] is True
    assert a["registration_number"] == b["registration_number"]


def test_unreadable_path_still_yields_a_line(tmp_path: Path) -> None:
    """A path that cannot be read from disk yields a quarantine line and the others go on."""
    missing = tmp_path / "nope.pdf"
    proc = run_cli(
        ["ingest", "--wait", "--json", str(missing), str(SAMPLES / "support_html.eml")],
        cli_env(tmp_path),
    )
    assert proc.returncode == 0, proc.stderr
    first, second = (json.loads(x) for x in proc.stdout.splitlines())
    assert_request_schema(first)
    assert first["queue"] == "quarantine" and "cannot read" in first["error"]
    assert second["queue"] == "support"


def test_help_for_every_command() -> None:
    """Every subcommand answers --help with a description."""
    for cmd in ([], ["serve"], ["worker"], ["ingest"], ["show"], ["export"], ["sweep"], ["retry"]):
        proc = run_cli([*cmd, "--help"], dict(os.environ))
        assert proc.returncode == 0 and "usage: registratura" in proc.stdout, cmd


def test_show_and_export_print_the_same_request(tmp_path: Path) -> None:
    """`show` prints a request with its audit trail; `export --jsonl` prints every request once."""
    env = cli_env(tmp_path)
    files = [str(SAMPLES / "support_html.eml"), str(SAMPLES / "complaint_reply.eml")]
    ingested = [
        json.loads(x)
        for x in run_cli(["ingest", "--wait", "--json", *files], env).stdout.splitlines()
    ]
    number = ingested[1]["registration_number"]
    shown = run_cli(["show", number], env)
    assert shown.returncode == 0, shown.stderr
    request = json.loads(shown.stdout)
    assert request["registration_number"] == number and request["queue"] == "complaint"
    assert [e["to"] for e in request["audit"]] == ["received", "parsed", "decided", "routed"]
    exported = run_cli(["export", "--jsonl"], env)
    lines = [json.loads(x) for x in exported.stdout.splitlines()]
    for line in lines:
        assert_request_schema(line)
    assert [x["registration_number"] for x in lines] == [x["registration_number"] for x in ingested]
    assert run_cli(["show", "REG-1999-000001"], env).returncode == 1


def test_wait_finishes_an_item_an_earlier_run_left_unprocessed(tmp_path: Path) -> None:
    """Ingest without --wait stores only; ingesting it again with --wait routes the stored item."""
    env = cli_env(tmp_path)
    sample = str(SAMPLES / "support_html.eml")
    stored = run_cli(["ingest", "--json", sample], env)
    assert stored.returncode == 0 and json.loads(stored.stdout)["status"] == "received"
    assert "--wait" in stored.stderr  # the user is told how the item will be processed
    again = run_cli(["ingest", "--wait", "--json", "--timeout", "60", sample], env)
    assert again.returncode == 0, again.stderr
    line = json.loads(again.stdout)
    assert line["duplicate"] is True and line["status"] == "routed"


def test_storage_refusal_is_not_stored_and_exits_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """When storage refuses, the line says not_stored (not quarantined) and the exit status is 3."""
    from registratura.ingest_cmd import run_ingest
    from registratura.runtime import Runtime
    from registratura.settings import Settings
    from storage import StorageUnavailable

    def refuse(self: Runtime, raw: bytes, envelope: object) -> object:
        raise StorageUnavailable("database refused the item: disk full")

    monkeypatch.setattr(Runtime, "accept", refuse)
    code = run_ingest(
        Settings(data_dir=tmp_path),
        [SAMPLES / "support_html.eml"],
        wait=True,
        as_json=True,
        timeout=10,
        progress=False,
    )
    line = json.loads(capsys.readouterr().out)
    assert code == 3
    assert line["status"] == "not_stored" and line["queue"] is None and "disk full" in line["error"]
    assert_request_schema(line)


def test_unreachable_database_is_a_clear_error(tmp_path: Path) -> None:
    """A database that cannot be opened gives one line saying so and exit 2, not a traceback."""
    proc = run_cli(
        ["ingest", str(SAMPLES / "support_html.eml")],
        cli_env(tmp_path, REGISTRATURA_DATABASE_URL="postgresql+psycopg://nobody@127.0.0.1:1/none"),
    )
    assert proc.returncode == 2
    assert "cannot open the database" in proc.stderr and "Traceback" not in proc.stderr


def test_retry_sends_a_quarantined_request_through_again(tmp_path: Path) -> None:
    """An item quarantined by a passing fault is routed after `retry --wait`; the audit keeps both."""
    from router import steps
    from router.policy import load_policy
    from storage import Database

    env = cli_env(tmp_path)
    stored = json.loads(
        run_cli(["ingest", "--json", str(SAMPLES / "support_html.eml")], env).stdout
    )
    db = Database(f"sqlite:///{tmp_path / 'var' / 'registratura.db'}")
    p = steps.Pipeline(db=db, policy=load_policy())
    with db.reader() as s:
        from sqlalchemy import select

        from storage import Item

        item_id = s.scalar(
            select(Item.id).where(Item.registration_number == stored["registration_number"])
        )
    assert steps.quarantine(
        p, item_id, "parse failed 6 times: OcrError('tesseract not installed')", actor="test"
    )
    db.dispose()
    proc = run_cli(["retry", "--wait", "--timeout", "60", stored["registration_number"]], env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split()[:3] == [stored["registration_number"], "routed", "support"]
    shown = json.loads(run_cli(["show", stored["registration_number"]], env).stdout)
    assert [e["to"] for e in shown["audit"]] == [
        "received",
        "quarantined",
        "received",
        "parsed",
        "decided",
        "routed",
    ]
    assert (
        run_cli(["retry", stored["registration_number"]], env).returncode == 1
    )  # not quarantined now


def _fax_tiff(description: str) -> bytes:
    import io

    from PIL import Image, ImageDraw

    img = Image.new("1", (816, 400), 1)
    ImageDraw.Draw(img).text((40, 40), "Fax test page", fill=0)
    buf = io.BytesIO()
    img.save(buf, "TIFF", compression="group4", dpi=(204, 196), tiffinfo={270: description})
    return buf.getvalue()


def test_ingest_as_fax_reads_the_sending_number(tmp_path: Path) -> None:
    """--channel fax: the number from the fax server's TIFF tag, or the one given; --fax-number
    without --channel fax is refused with exit 2."""
    env = cli_env(tmp_path)
    fax = tmp_path / "fax1.tif"
    fax.write_bytes(_fax_tiff("Received from +40 21 222 33 44"))
    tagged = run_cli(["ingest", "--wait", "--json", "--channel", "fax", str(fax)], env)
    assert tagged.returncode == 0, tagged.stderr
    line = json.loads(tagged.stdout)
    assert line["source"]["channel"] == "fax"
    assert line["source"]["fax_number"] == "+40212223344"
    other = tmp_path / "fax2.tif"
    other.write_bytes(_fax_tiff("no number here"))
    given = run_cli(
        [
            "ingest",
            "--wait",
            "--json",
            "--channel",
            "fax",
            "--fax-number",
            "0264 111 222",
            str(other),
        ],
        env,
    )
    assert given.returncode == 0, given.stderr
    assert json.loads(given.stdout)["source"]["fax_number"] == "0264111222"
    wrong = run_cli(["ingest", "--fax-number", "0264 111 222", str(other)], env)
    assert wrong.returncode == 2 and "--channel fax" in wrong.stderr


def test_a_plain_ingest_prints_what_happened_to_each_file(tmp_path: Path) -> None:
    """Without --json: a row per file with its registration number and outcome, and counts
    that say how many were quarantined (not 'N stored'); a complaint on paper, with no sender
    to authenticate and no checks, is not_required, never verified."""
    env = cli_env(tmp_path)
    junk = tmp_path / "scan.pdf"
    junk.write_bytes(b"%PDF-1.4 broken")
    files = [str(SAMPLES / "support_html.eml"), str(SAMPLES / "complaint_text.pdf"), str(junk)]
    proc = run_cli(["ingest", "--wait", "--quiet", *files], env)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert lines[0].split()[:3] == ["FILE", "REGISTRATION", "STATUS"]
    rows = {line.split()[0]: line.split() for line in lines[1:-1]}
    assert set(rows) == {"support_html.eml", "complaint_text.pdf", "scan.pdf"}
    assert all(r[1].startswith("REG-") for r in rows.values())
    assert rows["complaint_text.pdf"][2:6] == ["routed", "complaint", "complaint", "not_required"]
    assert rows["scan.pdf"][2] == "quarantined"
    assert lines[-1] == "3 file(s): 1 quarantined, 2 routed"
