"""STARTTLS context and AUTH PLAIN/LOGIN credentials for the SMTP door.

Credentials are a mapping user → secret. A secret is either a PBKDF2 hash
written by `hash_password` (`pbkdf2_sha256$iterations$salt$hash`, hex) or,
for a password handed over in the environment, the password itself; both are
compared in constant time. A failed AUTH is answered after a short delay so
guessing is slow.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import ssl
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword, Session
from aiosmtpd.smtp import Envelope as SmtpEnvelope

log = logging.getLogger(__name__)

HASH_PREFIX = "pbkdf2_sha256$"
HASH_ITERATIONS = 200_000


def tls_context(cert: Path, key: Path) -> ssl.SSLContext:
    """A server context for STARTTLS: TLS 1.2 or newer, the certificate chain from `cert`."""
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(str(cert), str(key))
    return ctx


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """The stored form of `password` for `smtp_auth_users` (PBKDF2-SHA256)."""
    salt = os.urandom(16) if salt is None else salt
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, HASH_ITERATIONS)
    return f"{HASH_PREFIX}{HASH_ITERATIONS}${salt.hex()}${digest.hex()}"


def check_password(password: bytes, secret: str) -> bool:
    """True when `password` matches `secret` (a `hash_password` value or a plain password)."""
    if secret.startswith(HASH_PREFIX):
        try:
            iterations, salt, expected = secret[len(HASH_PREFIX) :].split("$")
            digest = hashlib.pbkdf2_hmac("sha256", password, bytes.fromhex(salt), int(iterations))
        except ValueError:
            log.error("malformed SMTP AUTH secret; refusing")
            return False
        return hmac.compare_digest(digest.hex(), expected)
    return hmac.compare_digest(password, secret.encode())


class Authenticator:
    """aiosmtpd `authenticator` callable checking LOGIN/PLAIN against a user table."""

    def __init__(self, users: Mapping[str, str]) -> None:
        self._users = dict(users)

    def __call__(
        self,
        server: SMTP,
        session: Session,
        envelope: SmtpEnvelope,
        mechanism: str,
        auth_data: Any,
    ) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user = auth_data.login.decode("utf-8", "replace")
        secret = self._users.get(user)
        if secret is not None and check_password(auth_data.password, secret):
            log.info("SMTP AUTH %s as %s from %s", mechanism, user, session.peer)
            return AuthResult(success=True, auth_data=user)
        log.warning("SMTP AUTH %s failed for %r from %s", mechanism, user, session.peer)
        return AuthResult(success=False, handled=False)
