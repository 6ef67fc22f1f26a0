"""A real redis-server on 127.0.0.1 for the tests (installed by scripts/install-services.sh)."""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import redis


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RedisServer:
    """Starts, stops and restarts one redis-server on a fixed free port."""

    def __init__(
        self,
        *,
        requirepass: str | None = None,
        user: tuple[str, str] | None = None,
        tls: bool = False,
        rules: tuple[str, ...] = ("~*", "&*", "+@all"),
        tls_hostname: str = "127.0.0.1",
    ) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis-server is not installed: run scripts/install-services.sh")
        self.binary = binary
        self.port = free_port()
        self.requirepass = requirepass
        self.user = user
        self.dir = Path(tempfile.mkdtemp(prefix="tokenkeep-redis-"))
        self.process: subprocess.Popen[bytes] | None = None
        self.tls = tls
        self.rules = rules  # the ACL rules of `user`
        if tls:
            write_tls_files(self.dir, tls_hostname)

    @property
    def url(self) -> str:
        if self.tls:
            return f"rediss://127.0.0.1:{self.port}/0?ssl_ca_certs={self.dir / 'ca.pem'}"
        if self.user:
            return f"redis://{self.user[0]}:{self.user[1]}@127.0.0.1:{self.port}/0"
        if self.requirepass:
            return f"redis://:{self.requirepass}@127.0.0.1:{self.port}/0"
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        args = [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                "--appendonly", "no", "--dir", str(self.dir)]  # fmt: skip
        if self.tls:
            args[1:3] = ["--port", "0", "--tls-port", str(self.port)]
            args += ["--tls-cert-file", str(self.dir / "server.pem"), "--tls-key-file", str(self.dir / "server.key"),
                     "--tls-ca-cert-file", str(self.dir / "ca.pem"), "--tls-auth-clients", "no"]  # fmt: skip
        if self.requirepass:
            args += ["--requirepass", self.requirepass]
        if self.user:
            args += ["--user", "default", "off", "--user", self.user[0], "on", f">{self.user[1]}", *self.rules]
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = self.client(socket_connect_timeout=0.2)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                break
            except redis.exceptions.NoPermissionError:
                break  # it answered: a user with narrow ACL rules may not PING
            except redis.exceptions.ConnectionError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError("redis-server did not start") from None
                time.sleep(0.02)
        client.close()

    def stop(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(10)
            self.process = None

    def client(self, **options: Any) -> redis.Redis:
        if self.tls:  # the test's own view of the server, whatever host name its certificate names
            options["ssl_check_hostname"] = False
        return redis.Redis.from_url(self.url, **options)

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


def write_tls_files(directory: Path, hostname: str = "127.0.0.1") -> None:
    """A throwaway CA and a server certificate for `hostname`, an IP address or a DNS name (ca.pem, server.pem,
    server.key)."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "tokenkeep test CA")])
    ca = (
        x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hostname)]))
        .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([_subject_name(hostname)]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    (directory / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (directory / "server.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (directory / "server.key").write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )


def _subject_name(hostname: str) -> Any:
    """The certificate's subjectAltName entry: an IP address, or else a DNS name."""
    import ipaddress

    from cryptography import x509

    try:
        return x509.IPAddress(ipaddress.ip_address(hostname))
    except ValueError:
        return x509.DNSName(hostname)
