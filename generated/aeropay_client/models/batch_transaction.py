from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="BatchTransaction")


@_attrs_define
class BatchTransaction:
    """
    Attributes:
        uuid (str | Unset):
        amount (Money | Unset): Integer cents; USD only. (v1 used dollar strings such as "10.00".)
        direction (str | Unset): credit or debit.
    """

    uuid: str | Unset = UNSET
    amount: Money | Unset = UNSET
    direction: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        direction = self.direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if amount is not UNSET:
            field_dict["amount"] = amount
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Money | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Money.from_dict(_amount)

        direction = d.pop("direction", UNSET)

        batch_transaction = cls(
            uuid=uuid,
            amount=amount,
            direction=direction,
        )

        batch_transaction.additional_properties = d
        return batch_transaction

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
