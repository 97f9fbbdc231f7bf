"""One validated policy (issues 11 and 15): one schema, one merge rule, each mistake with its line."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from ingest import Channel, Envelope, accept
from registratura.cli import main
from router import steps
from router.errors import PolicyError
from router.policy import load_policy
from router.policy_schema import KeyLocator, PolicyProblem, validate_file
from router.steps import Pipeline
from storage import Database, Item
from tests.helpers import text_mail

ROOT = Path(__file__).resolve().parents[2]


def _file(tmp_path: Path, text: str, name: str = "policy.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def _problems(path: Path | None) -> list[PolicyProblem]:
    return list(validate_file(path).problems)


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


# ------------------------------------------------------------------ mistakes and their lines


def test_a_misspelt_key_is_an_error_at_its_line(tmp_path: Path) -> None:
    """A misspelt key is never dropped silently: it is reported where it is written."""
    text = '# the legal team\n\n[[authorities]]\nname = "X"\nkind = "police"\ndomians = ["x.ro"]\n'
    path = _file(tmp_path, text)
    [problem] = _problems(path)
    assert problem.file == str(path) and problem.line == 6
    assert problem.path == "authorities[0].domians"
    assert "unknown key" in problem.message and "'domains'" in problem.message
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert caught.value.problems == (problem,)
    assert f"{path}:6: authorities[0].domians" in str(caught.value)


def test_a_word_where_a_number_belongs_is_an_error(tmp_path: Path) -> None:
    """`hours = "twelve"` stops the policy at load, not every support item later."""
    text = '[sla.support]\npolicy = "support_12h"\nhours = "twelve"\n'
    [problem] = _problems(_file(tmp_path, text))
    assert (problem.line, problem.path) == (3, "sla.support.hours")
    assert "number" in problem.message and "'twelve'" in problem.message


@pytest.mark.parametrize(
    ("text", "path", "line"),
    [
        ("[routing]\nmin_confidence = true\n", "routing.min_confidence", 2),
        ("[routing.queues]\ncomplaint = 'complaints'\n", "routing.queues.complaint", 2),
        ("[signatures.required]\nsupport = ['dmarc']\n", "signatures.required.support[0]", 2),
        ('[calendars.legal]\nhours = ["09:00", "25:00"]\n', "calendars.legal.hours[1]", 2),
        ("[calendars.x]\nweekdays = ['mon', 'funday']\n", "calendars.x.weekdays[1]", 2),
        (
            "[sla.support]\nfirst_response = { hours = 12, business_days = 1 }\n",
            "sla.support.first_response",
            2,
        ),
        (
            "[classification.text_budget]\nhead_chars = -1\n",
            "classification.text_budget.head_chars",
            2,
        ),
        ("[[fax_gateways]]\nfrom = 'fax@gw.ro'\npattern = '(x'\n", "fax_gateways[0].pattern", 3),
        ("[[folders]]\npath = '/x'\nchannel = 'smtp'\n", "folders[0].channel", 3),
        (
            "[[imap]]\nhost = 'h'\nusername = 'u'\npassword_env = 'P'\npassword = 'secret'\n",
            "imap[0]",
            1,
        ),
        ("timezone = 'Europe/Bucuresti'\n", "timezone", 1),
        (
            "[[authorities]]\nname = 'X'\nsigning_identities = [\n  { organization = 'IPJ' },\n]\n",
            "authorities[0].signing_identities[0]",
            4,
        ),
    ],
)
def test_each_kind_of_mistake_names_its_key_and_line(
    tmp_path: Path, text: str, path: str, line: int
) -> None:
    [problem] = _problems(_file(tmp_path, text))
    assert (problem.path, problem.line) == (path, line), problem


def test_references_must_resolve(tmp_path: Path) -> None:
    """A target's calendar, an `outranks` name: each must name something the policy has."""
    text = (
        "[sla.special]\npolicy = 's'\n"
        "first_response = { business_hours = 8, calendar = 'phone' }\n\n"
        "[[authorities]]\nname = 'A'\noutranks = ['B']\n\n[[authorities]]\nname = 'A'\n"
    )
    got = {(p.path, p.line, p.message) for p in _problems(_file(tmp_path, text))}
    assert (
        "sla.special.first_response.calendar",
        3,
        "no calendar 'phone' (defined: business, legal, support)",
    ) in got
    assert ("authorities[0].outranks[0]", 7, "no authority named 'B' in the registry") in got
    assert ("authorities[1].name", 10, "'A' is listed twice") in got


def test_five_kinds_of_mistake_print_five_errors_with_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`registratura policy check FILE` prints one FILE:LINE: key.path: message per mistake."""
    text = (
        "[routing]\nmin_confidense = 0.4\n\n"  # misspelt key
        '[sla.support]\npolicy = "support_12h"\nhours = "twelve"\n\n'  # wrong type
        '[[authorities]]\nname = "X"\nkind = "polize"\n\n'  # not one of the kinds
        "[[fax_gateways]]\nfrom = 'fax@gw.ro'\npattern = '(unclosed'\n\n"  # bad regex
        "[[folders]]\nchannel = 'fax'\n"  # required key missing
    )
    path = _file(tmp_path, text)
    assert main(["policy", "check", str(path)]) == 2
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{path}:2: routing.min_confidense: unknown key (did you mean 'min_confidence'?)",
        f"{path}:6: sla.support.hours: Input should be a valid number, not 'twelve'",
        f"{path}:10: authorities[0].kind: Input should be 'police', 'prosecutor', 'court' or "
        "'other', not 'polize'",
        f"{path}:14: fax_gateways[0].pattern: not a regular expression: missing ), "
        "unterminated subpattern at position 0",
        f"{path}:16: folders[0].path: required key is missing",
    ]


def test_a_toml_syntax_error_has_its_line(tmp_path: Path) -> None:
    path = _file(tmp_path, "[routing]\nmin_confidence = 0.5\nqueues = [1,\n\n[sla]\n")
    [problem] = _problems(path)
    assert problem.line is not None and problem.line >= 3
    assert str(problem).startswith(f"{path}:{problem.line}: not TOML:")


# ------------------------------------------------------------------ the merge rule


REGISTRY = """
[[authorities]]
name = "Inspectoratul de Poliție Județean Cluj"
kind = "police"
domains = ["cj.politiaromana.ro"]
"""


def test_a_list_replaces_the_default_list(tmp_path: Path) -> None:
    """`[[authorities]]` in the operator's file is the whole registry."""
    policy = load_policy(_file(tmp_path, REGISTRY))
    assert [a.name for a in policy.authorities] == ["Inspectoratul de Poliție Județean Cluj"]


def test_extend_adds_to_the_default_list_and_a_same_name_entry_replaces(tmp_path: Path) -> None:
    """`[[authorities.extend]]` adds; an entry named as a default replaces it where it stands."""
    shipped = [a.name for a in load_policy().authorities]
    added = '[[authorities.extend]]\nname = "Poliția Locală Cluj-Napoca"\nkind = "other"\n'
    text = added + (
        '\n[[authorities.extend]]\nname = "DIICOT"\nkind = "prosecutor"\n'
        'domains = ["diicot.ro"]\nphone_numbers = ["021 000 0001"]\nconfirmed = true\n'
    )
    policy = load_policy(_file(tmp_path, text))
    names = [a.name for a in policy.authorities]
    assert names == [*shipped, "Poliția Locală Cluj-Napoca"]
    diicot = next(a for a in policy.authorities if a.name == "DIICOT")
    assert diicot.confirmed and diicot.phone_numbers == ("021 000 0001",)
    assert diicot.acronyms == ()  # the entry is replaced, not merged key by key


def test_a_mistake_in_an_extended_item_points_at_the_operators_line(tmp_path: Path) -> None:
    text = '[[authorities.extend]]\nname = "X"\n\n[[authorities.extend]]\nname = "Y"\nphone = "1"\n'
    path = _file(tmp_path, text)
    [problem] = _problems(path)
    assert (problem.file, problem.line) == (str(path), 6)
    assert problem.path.endswith("].phone") and "unknown key" in problem.message


def test_tables_merge_key_by_key(tmp_path: Path) -> None:
    """A table overrides key by key: `[sla.support]` with `hours = 8` keeps the rule's name."""
    policy = load_policy(_file(tmp_path, "[sla.support]\nhours = 8\n"))
    assert policy.sla["support"].hours == 8 and policy.sla["support"].policy == "support_12h"
    assert policy.sla["law_enforcement"].business_days == 3  # untouched tables stay


def test_classification_lists_follow_the_same_rule(tmp_path: Path) -> None:
    """Under [classification] too a list replaces the default unless written {extend = [...]}."""
    shipped = load_policy().cues.support_mailboxes
    replaced = load_policy(
        _file(tmp_path, '[classification]\nsupport_mailboxes = ["ajutor@okazii.ro"]\n', "a.toml")
    )
    assert replaced.cues.support_mailboxes == ("ajutor@okazii.ro",)
    extended = load_policy(
        _file(
            tmp_path,
            '[classification]\nsupport_mailboxes = { extend = ["ajutor@okazii.ro"] }\n',
            "b.toml",
        )
    )
    assert extended.cues.support_mailboxes == (*shipped, "ajutor@okazii.ro")
    phrases = load_policy(
        _file(
            tmp_path,
            '[classification.categories.complaint.phrases]\n"m-a păcălit" = 3.0\n',
            "c.toml",
        )
    )
    texts = {c.text for c in phrases.cues.categories["complaint"]}
    assert "m-a păcălit" in texts and "țeapă" in texts  # a table of phrases merges key by key


def test_a_mistake_in_the_shipped_cues_layer_is_reported_in_the_operators_file(
    tmp_path: Path,
) -> None:
    text = '[[classification.authorities.extend]]\nname = "ANPC"\nrnak = 2\n'
    path = _file(tmp_path, text)
    [problem] = _problems(path)
    assert (problem.file, problem.line) == (str(path), 3)


# ------------------------------------------------------------------ every policy in the repository


def _readme_blocks() -> list[tuple[str, str]]:
    out = []
    for doc in (ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))):
        text = doc.read_text("utf-8")
        for n, block in enumerate(re.findall(r"```toml\n(.*?)```", text, re.S)):
            out.append((f"{doc.name}#{n}", block))
    return out


def _commented_examples() -> str:
    """The examples `router/default_policy.toml` ships commented out, uncommented."""
    text = (ROOT / "router" / "default_policy.toml").read_text("utf-8")
    tail = text[text.index("# Watched folders besides INBOX_DIRS") :]
    # `move_to` is shown for after = "move" beside an after = "keyword" account.
    lines = [
        line[2:]
        for line in tail.splitlines()
        if re.match(r"# (\[\[[a-z_]+\]\]$|[a-z_]+ = )", line) and not line.startswith("# move_to")
    ]
    return "\n".join(lines) + "\n"


def test_every_policy_in_the_repository_validates(tmp_path: Path) -> None:
    from tests.samples.signatures.world import World

    files = [
        None,
        *sorted((ROOT / "bench" / "blind").glob("round*/world/policy.toml")),
        _file(tmp_path, World.create(tmp_path / "world").policy_toml(), "world.toml"),
        _file(tmp_path, _commented_examples(), "examples.toml"),
    ]
    files += [_file(tmp_path, block, f"{name}.toml") for name, block in _readme_blocks()]
    assert len(files) >= 6
    for path in files:
        assert [str(p) for p in _problems(path)] == [], path
        assert validate_file(path).digest


def test_the_commented_examples_are_all_there() -> None:
    """The uncommented examples hold one of each door (folders, a gateway, an IMAP account)."""
    text = _commented_examples()
    for table in ("[[folders]]", "[[fax_gateways]]", "[[imap]]"):
        assert table in text


# ------------------------------------------------------------------ the digest


def test_the_digest_is_of_the_meaning_not_the_text(tmp_path: Path) -> None:
    """Writing a default out changes nothing; changing a value changes the digest."""
    shipped = load_policy().digest
    assert re.fullmatch(r"[0-9a-f]{64}", shipped)
    same = load_policy(_file(tmp_path, "# a comment\n[routing]\nmin_confidence = 0.5\n", "a.toml"))
    assert same.digest == shipped
    other = load_policy(_file(tmp_path, "[routing]\nmin_confidence = 0.6\n", "b.toml"))
    assert other.digest != shipped


def test_the_digest_is_recorded_on_every_decision(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'r.db'}")
    db.migrate()
    try:
        pipeline = Pipeline(db=db, policy=load_policy())
        acc = accept(db, text_mail(1), Envelope(channel=Channel.CLI), None)
        assert steps.parse(pipeline, acc.item_id)
        assert steps.route(pipeline, acc.item_id) is not None
        with db.reader() as s:
            item = s.scalar(select(Item).where(Item.id == acc.item_id))
            assert item is not None and item.decision is not None
            assert item.decision["policy_digest"] == pipeline.policy.digest
    finally:
        db.dispose()


# ------------------------------------------------------------------ the command line and the service


def test_policy_check_ok_prints_the_digest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["policy", "check"]) == 0
    out = capsys.readouterr().out.strip()
    assert out == f"ok: {len(load_policy().authorities)} authorities, digest {load_policy().digest}"
    path = _file(tmp_path, REGISTRY)
    assert main(["policy", "check", str(path)]) == 0
    assert capsys.readouterr().out.startswith("ok: 1 authorities, digest ")
    assert main(["policy", "check", str(tmp_path / "missing.toml")]) == 2


def test_the_service_refuses_an_invalid_policy_with_one_line(tmp_path: Path) -> None:
    """`registratura serve` with an invalid file: one line naming file, line and key; exit 2."""
    path = _file(tmp_path, '[sla.support]\npolicy = "s"\nhours = "twelve"\n')
    env = {
        **os.environ,
        "REGISTRATURA_DATA_DIR": str(tmp_path / "var"),
        "REGISTRATURA_CONFIG": str(path),
        "REGISTRATURA_HTTP_PORT": "0",
    }
    done = subprocess.run(
        [str(Path(sys.executable).with_name("registratura")), "serve", "--no-smtp"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert lines == [
        f"registratura: invalid policy: {path}:3: sla.support.hours: "
        "Input should be a valid number, not 'twelve'"
    ]


def test_sighup_reloads_the_policy_and_an_invalid_file_keeps_the_old(tmp_path: Path) -> None:
    import threading

    from registratura.runtime import Runtime
    from registratura.settings import Settings

    path = _file(tmp_path, "[routing]\nmin_confidence = 0.5\n")
    rt = Runtime(Settings(data_dir=tmp_path, config=path))
    stop = threading.Event()
    previous = signal.getsignal(signal.SIGHUP)
    try:
        first = rt.policy
        rt.reload_on_sighup(stop)
        path.write_text("[routing]\nmin_confidence = 0.7\n", "utf-8")
        os.kill(os.getpid(), signal.SIGHUP)
        deadline = time.monotonic() + 10
        while rt.policy is first and time.monotonic() < deadline:
            time.sleep(0.02)
        assert rt.policy.min_confidence == 0.7 and rt.pipeline.policy is rt.policy
        assert rt.policy.digest != first.digest
        path.write_text('[routing]\nmin_confidence = "high"\n', "utf-8")
        kept = rt.policy
        assert rt.reload_policy() is False
        assert rt.policy is kept and rt.pipeline.policy is kept
    finally:
        stop.set()
        signal.signal(signal.SIGHUP, previous)
        rt.close()


# ------------------------------------------------------------------ the locator


def test_the_locator_finds_keys_in_every_toml_form() -> None:
    text = (
        'top = 1\n[a.b]\n"quoted key" = 2\nc.d = 3\n'
        "inline = { x = 1, y = { z = 2 } }\n"
        "arr = [\n  1,\n  { k = 'v' },\n]\n"
        "text = '''\nmulti\n[not.a.table]\n'''\n"
        "[[t]]\nname = 'one'\n[[t]]\nname = 'two'\n[t.sub]\nv = 1\n"
        "[[t.inner]]\nw = 1\n"
    )
    loc = KeyLocator(text)
    want = {
        ("top",): 1,
        ("a", "b"): 2,
        ("a", "b", "quoted key"): 3,
        ("a", "b", "c", "d"): 4,
        ("a", "b", "inline", "y", "z"): 5,
        ("a", "b", "arr", 1): 8,
        ("a", "b", "arr", 1, "k"): 8,
        ("t", 0, "name"): 15,
        ("t", 1, "name"): 17,
        ("t", 1, "sub", "v"): 19,
        ("t", 1, "inner", 0, "w"): 21,
        ("t", 1, "missing"): 16,
    }
    assert {k: loc.line(k) for k in want} == want
    assert ("not", "a", "table") not in loc.lines


def test_show_reads_no_policy_so_an_invalid_one_does_not_stop_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`show` prints a stored request from the database alone (issue 15: its start time);
    every other command still refuses the invalid file first (the test above, `serve`)."""
    path = _file(tmp_path, '[sla.support]\npolicy = "s"\nhours = "twelve"\n')
    monkeypatch.setenv("REGISTRATURA_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("REGISTRATURA_CONFIG", str(path))
    assert main(["show", "REG-2026-000001"]) == 1
    assert "no request REG-2026-000001" in capsys.readouterr().err
    assert main(["export", "--jsonl", "--output", str(tmp_path / "out.jsonl")]) == 2
