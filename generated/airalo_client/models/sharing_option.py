from enum import StrEnum


class SharingOption(StrEnum):
    LINK = "link"
    PDF = "pdf"

    def __str__(self) -> str:
        return str(self.value)
