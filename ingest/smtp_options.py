"""The SMTP door's knobs as one frozen value (built from `Settings` by the entrypoint)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

DEFAULT_MAX_MESSAGE_BYTES = 25 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class SmtpOptions:
    """Everything `start_smtp` needs; defaults are the embedded `make run` ones."""

    host: str = "127.0.0.1"
    port: int = 2525
    accept_domains: tuple[str, ...] = ("okazii.ro",)
    max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES
    server_name: str = "registratura.local"  # the "by" of our Received: header, EHLO greeting
    # STARTTLS: offered when both paths are set; required before MAIL when require_tls.
    tls_cert: Path | None = None
    tls_key: Path | None = None
    require_tls: bool = False
    # AUTH PLAIN/LOGIN: offered when users exist; only over TLS unless auth_allow_plaintext.
    auth_users: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    auth_required: bool = False
    auth_allow_plaintext: bool = False
    # A second listener for submission (AUTH required there), e.g. 587; None: none.
    submission_port: int | None = None
    # Limits: a connection over either limit gets 421 and is closed before the greeting.
    max_connections: int = 100
    per_ip_per_minute: int = 120
    command_timeout: float = 300.0  # idle seconds allowed between commands
    data_timeout: float = 600.0  # seconds allowed for a whole DATA phase
    # Group commit: messages arriving while a commit runs share the next one.
    group_commit_ms: float = 0.0  # extra wait to gather a batch (0: commit as soon as free)
    group_commit_max: int = 64  # messages per transaction at most (1: no group commit)

    @property
    def tls_enabled(self) -> bool:
        return self.tls_cert is not None and self.tls_key is not None

    def for_submission(self) -> SmtpOptions:
        """The same options for the submission listener: its port, AUTH required."""
        from dataclasses import replace

        assert self.submission_port is not None
        return replace(self, port=self.submission_port, auth_required=True, submission_port=None)
