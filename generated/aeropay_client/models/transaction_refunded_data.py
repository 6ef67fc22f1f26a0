from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queued_refund import QueuedRefund
    from ..models.transaction import Transaction


T = TypeVar("T", bound="TransactionRefundedData")


@_attrs_define
class TransactionRefundedData:
    """
    Attributes:
        transaction (Transaction): status: `pending` (approved, guaranteed, awaiting batch; transaction_completed fires
            here),
            `processed` (batched and debited; also refunded originals), `void`, declined via webhook.
            paymentType: `payment`, `payment+`, `payout`, `reversal`.
        refund_transaction (list[Transaction] | Unset):
        queued_refunds (list[QueuedRefund] | Unset):
    """

    transaction: Transaction
    refund_transaction: list[Transaction] | Unset = UNSET
    queued_refunds: list[QueuedRefund] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction = self.transaction.to_dict()

        refund_transaction: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.refund_transaction, Unset):
            refund_transaction = []
            for refund_transaction_item_data in self.refund_transaction:
                refund_transaction_item = refund_transaction_item_data.to_dict()
                refund_transaction.append(refund_transaction_item)

        queued_refunds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.queued_refunds, Unset):
            queued_refunds = []
            for queued_refunds_item_data in self.queued_refunds:
                queued_refunds_item = queued_refunds_item_data.to_dict()
                queued_refunds.append(queued_refunds_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction": transaction,
            }
        )
        if refund_transaction is not UNSET:
            field_dict["refundTransaction"] = refund_transaction
        if queued_refunds is not UNSET:
            field_dict["queuedRefunds"] = queued_refunds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.queued_refund import QueuedRefund  # noqa: PLC0415
        from ..models.transaction import Transaction  # noqa: PLC0415

        d = dict(src_dict)
        transaction = Transaction.from_dict(d.pop("transaction"))

        _refund_transaction = d.pop("refundTransaction", UNSET)
        refund_transaction: list[Transaction] | Unset = UNSET
        if _refund_transaction is not UNSET:
            refund_transaction = []
            for refund_transaction_item_data in _refund_transaction:
                refund_transaction_item = Transaction.from_dict(
                    refund_transaction_item_data
                )

                refund_transaction.append(refund_transaction_item)

        _queued_refunds = d.pop("queuedRefunds", UNSET)
        queued_refunds: list[QueuedRefund] | Unset = UNSET
        if _queued_refunds is not UNSET:
            queued_refunds = []
            for queued_refunds_item_data in _queued_refunds:
                queued_refunds_item = QueuedRefund.from_dict(queued_refunds_item_data)

                queued_refunds.append(queued_refunds_item)

        transaction_refunded_data = cls(
            transaction=transaction,
            refund_transaction=refund_transaction,
            queued_refunds=queued_refunds,
        )

        transaction_refunded_data.additional_properties = d
        return transaction_refunded_data

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
