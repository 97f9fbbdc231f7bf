"""The one Settings object, read from the environment (prefix REGISTRATURA_).

Loaded once by the entrypoint (`registratura.cli`) and passed down; nothing
reads settings at import time. Each subsystem receives the narrow part it
needs.
"""

from __future__ import annotations

import ipaddress
import json
import socket
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

if TYPE_CHECKING:
    from ingest.smtp_options import SmtpOptions


def listed(value: list[str] | str) -> list[str]:
    """A list setting as a list (they are validated into lists; the type also allows str)."""
    return [value] if isinstance(value, str) else list(value)


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
    redis_heartbeat_seconds: float = Field(
        default=60.0,
        ge=5,
        description="Redis only: a worker silent this long is dead, and the messages it held "
        "are given to another (shorter: faster recovery, more Redis traffic)",
    )
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 2525
    smtp_enabled: bool = True
    # NoDecode: "a.ro,b.ro" in the environment reaches `_split_dirs`, not a JSON parser.
    smtp_accept_domains: Annotated[list[str], NoDecode] = Field(
        default=["okazii.ro"], description="recipient domains or addresses we accept mail for"
    )
    smtp_server_name: str = Field(
        default_factory=socket.gethostname,
        description="our name in the SMTP greeting and the Received: trace line",
    )
    smtp_tls_cert: Path | None = Field(
        default=None, description="PEM certificate chain; with smtp_tls_key, STARTTLS is offered"
    )
    smtp_tls_key: Path | None = None
    smtp_require_tls: bool = Field(
        default=False, description="refuse MAIL before STARTTLS (a submission-only port)"
    )
    smtp_auth_users: dict[str, SecretStr] = Field(
        default_factory=dict,
        description='JSON {"user": "secret"}; secret is a password or a pbkdf2_sha256$… hash',
    )
    smtp_auth_users_file: Path | None = Field(
        default=None,
        description="file of `user:secret` lines (same secrets), merged with the above",
    )
    smtp_auth_required: bool = Field(
        default=False, description="AUTH before MAIL on the main port (the submission port always)"
    )
    smtp_auth_allow_plaintext: bool = Field(
        default=False, description="offer AUTH without TLS (only for a trusted network)"
    )
    smtp_submission_port: int | None = Field(
        default=None, description="a second listener (e.g. 587) where AUTH is required"
    )
    smtp_max_connections: int = 100
    smtp_per_ip_per_minute: int = 120
    smtp_command_timeout: float = Field(
        default=300.0, description="seconds a client may stay idle between commands"
    )
    smtp_data_timeout: float = Field(
        default=600.0, description="seconds a client may take for one whole DATA phase"
    )
    smtp_group_commit_ms: float = Field(
        default=0.0,
        description="extra wait to gather concurrent messages into one commit (0: none; "
        "messages arriving during a commit share the next one anyway)",
    )
    smtp_group_commit_max: int = Field(
        default=64, description="messages per commit at most (1 disables group commit)"
    )
    inbox_dirs: Annotated[list[Path] | None, NoDecode] = Field(
        default=None, description="watched folders; default: DATA_DIR/inbox"
    )
    folder_poll_seconds: float = 1.0
    folder_settle_seconds: float = 1.0
    http_host: str = "127.0.0.1"
    http_port: int = 8025
    config: Path | None = Field(
        default=None, description="policy file (TOML); defaults ship in the package"
    )
    worker_threads: int = Field(
        default=4, description="Dramatiq worker threads per process for every queue but `ocr`"
    )
    ocr_worker_threads: int = Field(
        default=4,
        description="worker threads per process for the `ocr` queue (PDFs, scans, mail with "
        "files), apart from the others so a long OCR job never holds up mail",
    )
    parse_time_limit_seconds: float = Field(
        default=1800.0,
        description="a file's parse (PDF, OCR) running longer is quarantined at once with the "
        "reason, not retried; 30 minutes is a 200-page scan at 9 s a page",
    )
    text_parse_time_limit_seconds: float = Field(
        default=120.0, description="the same for the first look and a text item's parse"
    )
    route_time_limit_seconds: float = Field(
        default=120.0,
        description="the same for routing and delivery (the signature checks run in the parse step)",
    )
    step_children: bool = Field(
        default=True,
        description="`serve` and `registratura worker` run the parse, ocr and route steps' work "
        "in child processes (one per worker thread, started when first needed): the SMTP door "
        "never shares a GIL or a core's priority with parsing, memory returns when a child ends, "
        "and a step over its time limit is stopped with its child; false: in the worker "
        "threads, as commands like `ingest --wait` always do",
    )
    step_child_max_tasks: int = Field(
        default=200, ge=1, description="a step child is replaced after this many steps"
    )
    step_child_max_rss_mb: int = Field(
        default=512,
        ge=64,
        description="a step child left larger than this (resident MB) after a step is replaced",
    )
    step_child_idle_seconds: float = Field(
        default=60.0, gt=0, description="a step child idle this long is stopped (memory back)"
    )
    step_child_nice: int = Field(
        default=10,
        ge=0,
        le=19,
        description="niceness of the step children (and their Tesseracts): the door first",
    )
    sweep_interval_seconds: float = 60.0
    resend_interval_seconds: float = Field(
        default=2.0,
        gt=0,
        description="how often items the broker refused at the door are sent again",
    )
    outage_probe_seconds: float = Field(
        default=1.0,
        gt=0,
        description="how often serve asks the database and broker whether they answer; "
        "when one comes back, what its outage held up is re-sent at once",
    )
    sweep_stale_seconds: float = Field(
        default=3600.0,
        description="a non-final item whose state has not moved for this long is re-enqueued",
    )
    smtp_relay_host: str | None = Field(
        default=None,
        description="the SMTP relay acknowledgements are sent through (router/outbox.py); "
        "unset: they are kept unsent in the outbox, never dropped",
    )
    smtp_relay_port: int = 25
    smtp_relay_security: Literal["none", "starttls", "ssl"] = Field(
        default="none", description="none | starttls | ssl (implicit TLS, e.g. port 465)"
    )
    smtp_relay_username: str | None = None
    smtp_relay_password: SecretStr | None = None
    smtp_relay_timeout: float = Field(default=30.0, description="seconds per SMTP command")
    smtp_relay_mail_from: str = Field(
        default="",
        description="the envelope sender (MAIL FROM); empty: the null reverse-path <> that "
        "RFC 3834 asks of automatic replies (a relay that refuses it needs an address here)",
    )
    relay_interval_seconds: float = Field(
        default=2.0, description="how often the relay looks for unsent rows"
    )
    relay_max_attempts: int = Field(
        default=8, description="temporary failures (4xx, refused connection) before `failed`"
    )
    relay_backoff_seconds: float = Field(
        default=30.0, description="wait after the first temporary failure, doubling (max 1 h)"
    )
    relay_lease_seconds: float = Field(
        default=300.0,
        description="a claimed row not marked sent by then (its relay died) is sent again",
    )
    journal_addresses: list[str] | str = Field(
        default_factory=list,
        description="addresses whose mail is a copy of our outgoing mail (BCC or journal rule): "
        "recorded as answers to the requests it names, never a request (ingest/journal.py)",
    )
    journal_networks: list[str] | str = Field(
        default_factory=list,
        description="CIDRs of the mail servers that send journal copies; a copy from elsewhere "
        "answers nothing (never list a relay that passes internet mail to the door)",
    )
    journal_auth_users: list[str] | str = Field(
        default_factory=list,
        description="SMTP AUTH users whose journal copies are believed (as journal_networks)",
    )
    sent_imap_host: str | None = Field(
        default=None,
        description="IMAP server of the mailbox whose Sent folder(s) are read, read only, for "
        "answers (ingest/sent.py); unset: no Sent folder is read",
    )
    sent_imap_port: int | None = Field(default=None, description="default 993 (ssl) or 143")
    sent_imap_tls: Literal["ssl", "starttls", "none"] = "ssl"
    sent_imap_ca_file: Path | None = None
    sent_imap_username: str | None = None
    sent_imap_password: SecretStr | None = None
    sent_imap_folders: list[str] | str = Field(
        default=["Sent"], description="the folders of sent mail to read (never changed)"
    )
    sent_imap_poll_seconds: float = Field(
        default=60.0, gt=0, description="how often to look when the server has no IDLE"
    )
    sent_imap_idle: bool = True
    ocr_languages: str = "ron+eng"
    ocr_page_timeout: float = 120.0
    max_message_bytes: int = 25 * 1024 * 1024

    @field_validator("inbox_dirs", "smtp_accept_domains", mode="before")
    @classmethod
    def _split_dirs(cls, value: object) -> object:
        # Environment variables hold one string: accept "a:b" or "a,b" as well as JSON lists.
        if isinstance(value, str) and value.lstrip().startswith("["):
            return json.loads(value)
        if isinstance(value, str):
            return [p for p in value.replace(",", ":").split(":") if p]
        return value

    @field_validator(
        "journal_addresses",
        "journal_networks",
        "journal_auth_users",
        "sent_imap_folders",
        mode="before",
    )
    @classmethod
    def _split_commas(cls, value: object) -> object:
        # One string in the environment: "a,b" (no ':' split: IPv6 networks hold colons).
        # (Typed `list[str] | str` so that pydantic-settings lets a string that is not
        # JSON through to here; it always leaves as a list.)
        if isinstance(value, str) and not value.lstrip().startswith("["):
            return [p.strip() for p in value.split(",") if p.strip()]
        return value

    @field_validator("journal_addresses")
    @classmethod
    def _addresses(cls, value: list[str] | str) -> list[str]:
        for address in listed(value):
            if address.count("@") != 1 or not address.split("@")[0] or not address.split("@")[1]:
                raise ValueError(f"{address!r} is not an e-mail address")
        return [a.lower() for a in listed(value)]

    @field_validator("journal_networks")
    @classmethod
    def _networks(cls, value: list[str] | str) -> list[str]:
        for network in listed(value):
            try:
                ipaddress.ip_network(network, strict=False)
            except ValueError as exc:
                raise ValueError(f"{network!r} is not an IP network: {exc}") from None
        return listed(value)

    @model_validator(mode="after")
    def _answers_configured(self) -> Settings:
        if self.journal_addresses and not (self.journal_networks or self.journal_auth_users):
            raise ValueError(
                "journal_addresses needs journal_networks or journal_auth_users: who may send "
                "journal copies (anyone else could stop a request's clock by mailing one)"
            )
        if self.sent_imap_host and not (self.sent_imap_username and self.sent_imap_password):
            raise ValueError("sent_imap_host needs sent_imap_username and sent_imap_password")
        if not self.sent_imap_folders:
            raise ValueError("sent_imap_folders must name at least one folder")
        return self

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'registratura.db').resolve()}"

    @property
    def resolved_inbox_dirs(self) -> list[Path]:
        return list(self.inbox_dirs) if self.inbox_dirs else [self.data_dir / "inbox"]

    def smtp_options(self) -> SmtpOptions:
        """The SMTP door's narrow, frozen view of these settings."""
        from ingest.smtp_options import SmtpOptions

        users = {name: secret.get_secret_value() for name, secret in self.smtp_auth_users.items()}
        if self.smtp_auth_users_file is not None:
            for line in self.smtp_auth_users_file.read_text("utf-8").splitlines():
                if line.strip() and not line.lstrip().startswith("#"):
                    name, _, secret = line.strip().partition(":")
                    users[name] = secret
        return SmtpOptions(
            host=self.smtp_host,
            port=self.smtp_port,
            # The journal addresses are recipients of ours too (ingest/journal.py).
            accept_domains=tuple(
                dict.fromkeys([*self.smtp_accept_domains, *self.journal_addresses])
            ),
            max_message_bytes=self.max_message_bytes,
            server_name=self.smtp_server_name,
            tls_cert=self.smtp_tls_cert,
            tls_key=self.smtp_tls_key,
            require_tls=self.smtp_require_tls,
            auth_users=users,
            auth_required=self.smtp_auth_required,
            auth_allow_plaintext=self.smtp_auth_allow_plaintext,
            submission_port=self.smtp_submission_port,
            max_connections=self.smtp_max_connections,
            per_ip_per_minute=self.smtp_per_ip_per_minute,
            command_timeout=self.smtp_command_timeout,
            data_timeout=self.smtp_data_timeout,
            group_commit_ms=self.smtp_group_commit_ms,
            group_commit_max=self.smtp_group_commit_max,
        )

    @property
    def in_process(self) -> bool:
        return self.broker_url.startswith(("inprocess", "stub"))
