from enum import StrEnum


class ListPreauthTransactionsOrderBy(StrEnum):
    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)
