from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.refund_transaction import RefundTransaction


T = TypeVar("T", bound="ReverseTransactionResponse")


@_attrs_define
class ReverseTransactionResponse:
    """
    Attributes:
        refund_transaction (RefundTransaction): A transaction-shaped reversal or void; a queued refund has no `id`,
            `status` or dates yet.
        message (str | Unset): "Transaction has been voided", "Refund transaction <id> created for transaction <id>", or
            "Transaction queued for refund. Refund will process after transaction clears".
    """

    refund_transaction: RefundTransaction
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refund_transaction = self.refund_transaction.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refundTransaction": refund_transaction,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.refund_transaction import RefundTransaction  # noqa: PLC0415

        d = dict(src_dict)
        refund_transaction = RefundTransaction.from_dict(d.pop("refundTransaction"))

        message = d.pop("message", UNSET)

        reverse_transaction_response = cls(
            refund_transaction=refund_transaction,
            message=message,
        )

        reverse_transaction_response.additional_properties = d
        return reverse_transaction_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
