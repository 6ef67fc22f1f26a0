from enum import StrEnum


class GetAuthorizePageCodeChallengeMethod(StrEnum):
    PLAIN = "plain"
    S256 = "S256"

    def __str__(self) -> str:
        return str(self.value)
