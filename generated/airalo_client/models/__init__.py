"""Contains all the data models used in inputs/outputs"""

from .token_request import TokenRequest
from .token_request_grant_type import TokenRequestGrantType
from .token_response import TokenResponse
from .token_response_data import TokenResponseData
from .token_response_meta import TokenResponseMeta

__all__ = (
    "TokenRequest",
    "TokenRequestGrantType",
    "TokenResponse",
    "TokenResponseData",
    "TokenResponseMeta",
)
