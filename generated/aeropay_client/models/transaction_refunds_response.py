from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.queued_refund import QueuedRefund
    from ..models.transaction import Transaction


T = TypeVar("T", bound="TransactionRefundsResponse")


@_attrs_define
class TransactionRefundsResponse:
    """
    Attributes:
        refunds (list[Transaction]):
        queued_refunds (list[QueuedRefund]):
    """

    refunds: list[Transaction]
    queued_refunds: list[QueuedRefund]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refunds = []
        for refunds_item_data in self.refunds:
            refunds_item = refunds_item_data.to_dict()
            refunds.append(refunds_item)

        queued_refunds = []
        for queued_refunds_item_data in self.queued_refunds:
            queued_refunds_item = queued_refunds_item_data.to_dict()
            queued_refunds.append(queued_refunds_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refunds": refunds,
                "queuedRefunds": queued_refunds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.queued_refund import QueuedRefund  # noqa: PLC0415
        from ..models.transaction import Transaction  # noqa: PLC0415

        d = dict(src_dict)
        refunds = []
        _refunds = d.pop("refunds")
        for refunds_item_data in _refunds:
            refunds_item = Transaction.from_dict(refunds_item_data)

            refunds.append(refunds_item)

        queued_refunds = []
        _queued_refunds = d.pop("queuedRefunds")
        for queued_refunds_item_data in _queued_refunds:
            queued_refunds_item = QueuedRefund.from_dict(queued_refunds_item_data)

            queued_refunds.append(queued_refunds_item)

        transaction_refunds_response = cls(
            refunds=refunds,
            queued_refunds=queued_refunds,
        )

        transaction_refunds_response.additional_properties = d
        return transaction_refunds_response

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
