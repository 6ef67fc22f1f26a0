from ._protocol import AsyncTokenStore, TokenStore
from .file import FileStore
from .memory import MemoryStore

__all__ = ["AsyncTokenStore", "FileStore", "MemoryStore", "TokenStore"]
