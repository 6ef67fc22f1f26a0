"""Encryption of token records at rest.

AES-256-GCM from `cryptography` (a maintained, audited library; no hand-rolled
crypto). The key is derived with HKDF-SHA256 from the provider secret and bound to
the store key, so a record copied under another key, or read with other
credentials, fails authentication and is treated as missing. HKDF rather than a
password KDF: provider secrets are long random strings, not passwords, and the
derivation runs on every cold start.
"""

from __future__ import annotations

import base64
import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_FORMAT = 1


class Sealer:
    """Seals and opens the records stored under one key."""

    __slots__ = ("_aad", "_aead")

    def __init__(self, secret: bytes, store_key: str) -> None:
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"tokenkeep/v1", info=store_key.encode()).derive(secret)
        self._aead = AESGCM(key)
        self._aad = store_key.encode()

    def __repr__(self) -> str:
        return "Sealer(<key hidden>)"

    def seal(self, plaintext: str) -> str:
        nonce = os.urandom(12)
        ciphertext = self._aead.encrypt(nonce, plaintext.encode(), self._aad)
        return json.dumps(
            {
                "v": _FORMAT,
                "alg": "A256GCM",
                "nonce": base64.b64encode(nonce).decode(),
                "data": base64.b64encode(ciphertext).decode(),
            },
            separators=(",", ":"),
        )

    def open(self, sealed: str) -> str:
        """Return the plaintext; ValueError if the record is corrupt, foreign or tampered."""
        try:
            record = json.loads(sealed)
            if record.get("v") != _FORMAT:
                raise ValueError("unknown record format")
            nonce = base64.b64decode(record["nonce"], validate=True)
            data = base64.b64decode(record["data"], validate=True)
            return self._aead.decrypt(nonce, data, self._aad).decode()
        except (InvalidTag, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise ValueError("record cannot be opened with these credentials") from exc
        except ValueError as exc:  # JSON or base64
            raise ValueError(f"corrupt record: {exc.__class__.__name__}") from exc
