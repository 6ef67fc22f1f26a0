from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_transaction import BatchTransaction


T = TypeVar("T", bound="Batch")


@_attrs_define
class Batch:
    """
    Attributes:
        batch_id (int):
        batch_date (str | Unset):
        transactions (list[BatchTransaction] | Unset):
    """

    batch_id: int
    batch_date: str | Unset = UNSET
    transactions: list[BatchTransaction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        batch_date = self.batch_date

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batchId": batch_id,
            }
        )
        if batch_date is not UNSET:
            field_dict["batchDate"] = batch_date
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_transaction import BatchTransaction  # noqa: PLC0415

        d = dict(src_dict)
        batch_id = d.pop("batchId")

        batch_date = d.pop("batchDate", UNSET)

        _transactions = d.pop("transactions", UNSET)
        transactions: list[BatchTransaction] | Unset = UNSET
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                transactions_item = BatchTransaction.from_dict(transactions_item_data)

                transactions.append(transactions_item)

        batch = cls(
            batch_id=batch_id,
            batch_date=batch_date,
            transactions=transactions,
        )

        batch.additional_properties = d
        return batch

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
