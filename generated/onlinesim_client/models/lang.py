from enum import StrEnum


class Lang(StrEnum):
    DE = "de"
    EN = "en"
    FR = "fr"
    RU = "ru"
    ZH = "zh"

    def __str__(self) -> str:
        return str(self.value)
