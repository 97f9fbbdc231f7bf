"""A throw-away Dovecot IMAP server for the IMAP tests.

Everything lives under one temporary directory: the configuration, the
runtime sockets (base_dir), the state dir, the log and the Maildir of a single
passwd-file user with a plain password. The server listens on a free loopback
port without TLS (the tests talk to 127.0.0.1 only). `stop()` and `start()`
keep the mail, so a test can restart the server mid-session.
"""

from __future__ import annotations

import getpass
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

from tests.helpers import free_port

USER = "intake@okazii.ro"
PASSWORD = "parola-de-test"


def dovecot_binary() -> str | None:
    """The dovecot executable, or None when Debian's dovecot-imapd is not installed."""
    found = shutil.which("dovecot") or (
        "/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None
    )
    return found


def _config(root: Path, port: int, uid: int, gid: int) -> str:
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
ssl = no
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
    port = 0
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
    """One Dovecot master process with its own config dir, user and Maildir."""

    def __init__(self, root: Path) -> None:
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
        self.conf.write_text(_config(root, self.port, uid, gid), "utf-8")
        (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}:{uid}:{gid}::{home}::\n", "utf-8")

    def start(self, timeout: float = 15.0) -> None:
        """Start the master in the foreground (-F) and wait until the port answers."""
        self._proc = subprocess.Popen(
            [self.binary, "-F", "-c", str(self.conf)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=(self.root / "dovecot.stderr").open("ab"),
        )
        deadline = time.monotonic() + timeout
        import socket

        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"dovecot exited at start:\n{self.diagnostics()}")
            try:
                with socket.create_connection((self.host, self.port), timeout=1) as s:
                    if s.recv(64).startswith(b"* OK"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"dovecot did not answer within {timeout}s:\n{self.diagnostics()}")

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
        """Drop a message into INBOX's Maildir directly, as a local delivery agent would."""
        new = self.maildir / "new"
        new.mkdir(parents=True, exist_ok=True)
        name = f"{time.time_ns()}.registratura-test.{os.getpid()}"
        tmp = self.maildir / "tmp"
        tmp.mkdir(parents=True, exist_ok=True)
        (tmp / name).write_bytes(raw)
        for path in (tmp / name,):
            os.chown(path, self.mail_uid, self.mail_gid)
        (tmp / name).rename(new / name)

    def diagnostics(self) -> str:
        parts = []
        for name in ("dovecot.stderr", "dovecot.log"):
            path = self.root / name
            if path.exists():
                parts.append(f"--- {name}\n{path.read_text('utf-8', 'replace')[-4000:]}")
        return "\n".join(parts)
