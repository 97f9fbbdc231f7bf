"""The one Settings object, read from the environment (prefix REGISTRATURA_).

Loaded once by the entrypoint (`registratura.cli`) and passed down; nothing
reads settings at import time. Each subsystem receives the narrow part it
needs.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every knob of the service, with the embedded defaults of `make run`."""

    model_config = SettingsConfigDict(env_prefix="REGISTRATURA_", extra="ignore")

    data_dir: Path = Field(
        default=Path("./var"), description="where SQLite, the inbox and logs live"
    )
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default: SQLite file DATA_DIR/registratura.db"
    )
    broker_url: str = Field(
        default="inprocess://",
        description="inprocess:// (stub broker + worker threads), redis://… or amqp://…",
    )
    queue_prefix: str = Field(
        default="registratura", description="prefix of Dramatiq queue names (one per deployment)"
    )
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 2525
    smtp_enabled: bool = True
    smtp_accept_domains: list[str] = Field(
        default=["okazii.ro"], description="recipient domains or addresses we accept mail for"
    )
    inbox_dirs: list[Path] | None = Field(
        default=None, description="watched folders; default: DATA_DIR/inbox"
    )
    folder_poll_seconds: float = 1.0
    folder_settle_seconds: float = 1.0
    http_host: str = "127.0.0.1"
    http_port: int = 8025
    config: Path | None = Field(
        default=None, description="policy file (TOML); defaults ship in the package"
    )
    worker_threads: int = Field(default=4, description="Dramatiq worker threads per process")
    sweep_interval_seconds: float = 60.0
    sweep_stale_seconds: float = Field(
        default=900.0,
        description="a non-final item whose state has not moved for this long is re-enqueued",
    )
    ocr_languages: str = "ron+eng"
    ocr_page_timeout: float = 120.0
    max_message_bytes: int = 25 * 1024 * 1024

    @field_validator("inbox_dirs", "smtp_accept_domains", mode="before")
    @classmethod
    def _split_dirs(cls, value: object) -> object:
        # Environment variables hold one string: accept "a:b" or "a,b" as well as JSON lists.
        if isinstance(value, str) and not value.lstrip().startswith("["):
            return [p for p in value.replace(",", ":").split(":") if p]
        return value

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'registratura.db').resolve()}"

    @property
    def resolved_inbox_dirs(self) -> list[Path]:
        return list(self.inbox_dirs) if self.inbox_dirs else [self.data_dir / "inbox"]

    @property
    def in_process(self) -> bool:
        return self.broker_url.startswith(("inprocess", "stub"))
