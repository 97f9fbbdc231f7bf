"""A throw-away Dovecot IMAP server for the IMAP tests.

Everything lives under one temporary directory: the configuration, the
runtime sockets (base_dir), the state dir, the log and the Maildir of a single
passwd-file user with a plain password. The server listens on a free loopback
port without TLS (the tests talk to 127.0.0.1 only). `stop()` and `start()`
keep the mail, so a test can restart the server mid-session.

Given a `CertificateAuthority` (a throw-away CA made by the test), the server
also speaks TLS: it offers STARTTLS on the plain listener and implicit TLS on a
second free loopback port (`tls_port`), with a certificate for 127.0.0.1 and
localhost issued by that CA (`ca_file` is the CA certificate a client trusts).
The config is Dovecot 2.3 syntax (Debian bookworm's dovecot-imapd); the two
TLS file settings are spelled the 2.4 way on a 2.4 server.
"""

from __future__ import annotations

import datetime
import getpass
import ipaddress
import os
import re
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from tests.helpers import free_port

USER = "intake@okazii.ro"
PASSWORD = "parola-de-test"


def dovecot_binary() -> str | None:
    """The dovecot executable, or None when Debian's dovecot-imapd is not installed."""
    found = shutil.which("dovecot") or (
        "/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None
    )
    return found


@cache
def dovecot_version(binary: str) -> tuple[int, int]:
    """(major, minor) of `dovecot --version`, e.g. "2.3.19.1 (9b53102964)" -> (2, 3)."""
    out = subprocess.run(
        [binary, "--version"], capture_output=True, text=True, check=True, timeout=30
    ).stdout
    match = re.match(r"\s*(\d+)\.(\d+)", out)
    if match is None:
        raise RuntimeError(f"cannot read the version of {binary}: {out!r}")
    return int(match.group(1)), int(match.group(2))


class CertificateAuthority:
    """A throw-away CA (EC P-256, valid one day) that issues server certificates."""

    def __init__(self, name: str = "Registratura test CA") -> None:
        self.key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
        now = datetime.datetime.now(datetime.UTC)
        self.cert = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(self.key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(self.key.public_key()), critical=False
            )
            .sign(self.key, hashes.SHA256())
        )

    def write_ca(self, path: Path) -> Path:
        """The CA certificate as PEM: what a client's `ca_file` points at."""
        path.write_bytes(self.cert.public_bytes(serialization.Encoding.PEM))
        return path

    def issue_server(
        self, cert_path: Path, key_path: Path, hosts: tuple[str, ...] = ("127.0.0.1", "localhost")
    ) -> None:
        """A server certificate (PEM) for `hosts` (IP addresses or DNS names) and its key."""
        key = ec.generate_private_key(ec.SECP256R1())
        names: list[x509.GeneralName] = []
        for host in hosts:
            try:
                names.append(x509.IPAddress(ipaddress.ip_address(host)))
            except ValueError:
                names.append(x509.DNSName(host))
        now = datetime.datetime.now(datetime.UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0])]))
            .issuer_name(self.cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()),
                critical=False,
            )
            .sign(self.key, hashes.SHA256())
        )
        cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        key_path.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        key_path.chmod(0o600)


@dataclass(frozen=True, slots=True)
class _TlsFiles:
    cert: Path
    key: Path
    port: int


def _ssl_settings(tls: _TlsFiles | None, version: tuple[int, int]) -> str:
    if tls is None:
        return "ssl = no"
    if version >= (2, 4):
        # 2.4 renamed the settings and takes the path itself (no "<" include).
        files = f"ssl_server_cert_file = {tls.cert}\nssl_server_key_file = {tls.key}"
    else:
        files = f"ssl_cert = <{tls.cert}\nssl_key = <{tls.key}"
    # `yes`, not `required`: the tests' own helper sessions log in without TLS
    # (and Dovecot counts loopback connections as secure anyway).
    return f"ssl = yes\n{files}\nssl_min_protocol = TLSv1.2"


def _imaps_listener(tls: _TlsFiles | None) -> str:
    if tls is None:
        return "port = 0"
    return f"address = 127.0.0.1\n    port = {tls.port}\n    ssl = yes"


def _config(
    root: Path, port: int, uid: int, gid: int, tls: _TlsFiles | None, version: tuple[int, int]
) -> str:
    if os.getuid() == 0:
        # Dovecot refuses to run its login and internal processes as root;
        # Debian's package created these two users for exactly that.
        internal, login = "dovecot", "dovenull"
    else:
        internal = login = getpass.getuser()
    auth_user = "root" if os.getuid() == 0 else internal
    return f"""
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
{_ssl_settings(tls, version)}
disable_plaintext_auth = no
auth_mechanisms = plain login
# The mail processes run as whoever runs the tests (root on CI, anyone locally).
default_internal_user = {internal}
default_login_user = {login}
first_valid_uid = {uid}
last_valid_uid = {uid}
first_valid_gid = {gid}
mail_location = maildir:{root}/mail/%u/Maildir
mailbox_list_index = yes
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/passwd
}}
protocol imap {{
  mail_max_userip_connections = 100
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    {_imaps_listener(tls)}
  }}
}}
service anvil {{
  chroot =
}}
# The auth processes read the passwd file under the test's private tmp dir.
service auth {{
  user = {auth_user}
}}
service auth-worker {{
  user = {auth_user}
}}
service imap-login {{
  chroot =
}}
"""


class Dovecot:
    """One Dovecot master process with its own config dir, user and Maildir.

    With `tls` (a CA), the server gets a certificate from that CA for
    `tls_hosts` (127.0.0.1 and localhost unless a test wants a mismatch), offers STARTTLS on `port` and implicit TLS on
    `tls_port`; `ca_file` is the CA certificate. Without it, `tls_port` and
    `ca_file` are None and the configuration is the plain one.
    """

    def __init__(
        self,
        root: Path,
        tls: CertificateAuthority | None = None,
        *,
        tls_hosts: tuple[str, ...] = ("127.0.0.1", "localhost"),
    ) -> None:
        binary = dovecot_binary()
        if binary is None:
            raise RuntimeError("dovecot is not installed (apt-get install dovecot-imapd)")
        self.binary = binary
        self.root = root
        self.port = free_port()
        self.host = "127.0.0.1"
        self.user = USER
        self.password = PASSWORD
        self.maildir = root / "mail" / USER / "Maildir"
        self.conf = root / "dovecot.conf"
        self.log = root / "dovecot.log"
        self._proc: subprocess.Popen[bytes] | None = None
        self.version = dovecot_version(binary)
        self.tls_port: int | None = None
        self.ca_file: Path | None = None
        uid, gid = os.getuid(), os.getgid()
        if uid == 0:
            # passwd-file refuses uid 0: as root, the mail belongs to Debian's
            # `dovecot` system user instead.
            import pwd

            entry = pwd.getpwnam("dovecot")
            uid, gid = entry.pw_uid, entry.pw_gid
        self.mail_uid, self.mail_gid = uid, gid
        # The mail processes (another uid when we are root) must traverse `root`;
        # its parents must allow that too, so callers use a dir made in /tmp.
        root.chmod(0o711)
        for sub in ("run", "state", "mail"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        home = root / "mail" / USER
        home.mkdir(parents=True, exist_ok=True)
        for path in (root / "mail", home):
            os.chown(path, uid, gid)
        tls_files = None
        if tls is not None:
            pki = root / "tls"
            pki.mkdir(mode=0o700, exist_ok=True)
            self.ca_file = tls.write_ca(pki / "ca.pem")
            tls_files = _TlsFiles(pki / "server.pem", pki / "server.key", free_port())
            tls.issue_server(tls_files.cert, tls_files.key, tls_hosts)
            self.tls_port = tls_files.port
        self.conf.write_text(_config(root, self.port, uid, gid, tls_files, self.version), "utf-8")
        (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}:{uid}:{gid}::{home}::\n", "utf-8")

    def start(self, timeout: float = 15.0) -> None:
        """Start the master in the foreground (-F) and wait until its port(s) answer."""
        self._proc = subprocess.Popen(
            [self.binary, "-F", "-c", str(self.conf)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=(self.root / "dovecot.stderr").open("ab"),
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"dovecot exited at start:\n{self.diagnostics()}")
            try:
                with socket.create_connection((self.host, self.port), timeout=1) as s:
                    if s.recv(64).startswith(b"* OK"):
                        break
            except OSError:
                time.sleep(0.05)
        else:
            raise RuntimeError(f"dovecot did not answer within {timeout}s:\n{self.diagnostics()}")
        if self.tls_port is None:
            return
        # The master opens every listener before it forks imap-login, so the
        # implicit-TLS port is normally ready too; a TCP connect confirms it.
        while time.monotonic() < deadline:
            try:
                with socket.create_connection((self.host, self.tls_port), timeout=1):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(
            f"dovecot's imaps port did not open within {timeout}s:\n{self.diagnostics()}"
        )

    def stop(self, timeout: float = 15.0) -> None:
        """Stop the master and all its children (SIGTERM, then SIGKILL after `timeout`)."""
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=timeout)

    def deliver(self, raw: bytes) -> None:
        """Drop a message into INBOX's Maildir directly, as a local delivery agent would.

        Dovecot 2.3 does not always announce a message dropped this way to a
        session that is entering IDLE at that moment (seen here: not for 45 s);
        a test that needs IDLE to see mail appends it over IMAP instead, once
        the session is idling (an APPEND during IDLE's start went unannounced
        once too).
        """
        # Into a mailbox no session has opened yet too: the Maildir (made here
        # then) must belong to the mail user, as when Dovecot creates it.
        for path in (self.maildir, *(self.maildir / sub for sub in ("cur", "new", "tmp"))):
            if not path.exists():
                path.mkdir(parents=True)
                os.chown(path, self.mail_uid, self.mail_gid)
        new, tmp = self.maildir / "new", self.maildir / "tmp"
        name = f"{time.time_ns()}.registratura-test.{os.getpid()}"
        (tmp / name).write_bytes(raw)
        for path in (tmp / name,):
            os.chown(path, self.mail_uid, self.mail_gid)
        (tmp / name).rename(new / name)

    def logins(self) -> list[str]:
        """The imap-login "Login:" lines of the log (each says TLS when the session had it)."""
        if not self.log.exists():
            return []
        lines = self.log.read_text("utf-8", "replace").splitlines()
        return [line for line in lines if re.search(r"imap-login: (Info: )?Login: ", line)]

    def diagnostics(self) -> str:
        parts = []
        for name in ("dovecot.stderr", "dovecot.log"):
            path = self.root / name
            if path.exists():
                parts.append(f"--- {name}\n{path.read_text('utf-8', 'replace')[-4000:]}")
        return "\n".join(parts)
