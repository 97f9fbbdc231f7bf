"""No environment below the entry point: the pipeline's trust is what its builder gives it."""

from __future__ import annotations

from pathlib import Path

import pytest

from router.policy import load_policy
from router.signatures.config import SignatureConfig
from router.steps import Pipeline
from storage import Database


def test_the_pipeline_reads_no_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REGISTRATURA_TRUST_ROOTS", str(tmp_path / "roots"))
    monkeypatch.setenv("REGISTRATURA_DNS_ZONE_FILE", str(tmp_path / "zone.txt"))
    db = Database(f"sqlite:///{tmp_path / 'r.db'}")
    try:
        assert Pipeline(db=db, policy=load_policy()).trust == SignatureConfig()
        # the entry point reads it, once, and hands it down
        given = SignatureConfig.from_env()
        assert given.trust_roots == tmp_path / "roots"
        assert Pipeline(db=db, policy=load_policy(), trust=given).trust is given
    finally:
        db.dispose()


def test_the_service_builds_its_pipeline_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from registratura.runtime import Runtime
    from registratura.settings import Settings

    zone = tmp_path / "zone.txt"
    zone.write_text("$TTL 3600\n", "utf-8")
    monkeypatch.setenv("REGISTRATURA_DNS_ZONE_FILE", str(zone))
    monkeypatch.setenv("REGISTRATURA_DATA_DIR", str(tmp_path))
    runtime = Runtime(Settings())
    try:
        assert runtime.pipeline.trust.dns_zone_file == zone
    finally:
        runtime.db.dispose()
