from enum import StrEnum


class CreateTransactionRequestExceptionScenario(StrEnum):
    BALANCEINSUFFICIENT = "balanceInsufficient"
    DELINQUENT = "delinquent"
    RETURNACCOUNT = "returnAccount"
    RETURNDISPUTE = "returnDispute"
    RETURNINSUFFICIENT = "returnInsufficient"
    RISKENGINE = "riskEngine"

    def __str__(self) -> str:
        return str(self.value)
