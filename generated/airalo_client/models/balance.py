from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance_amount import BalanceAmount


T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    """
    Attributes:
        name (str | Unset): "balance".
        available_balance (BalanceAmount | Unset):
    """

    name: str | Unset = UNSET
    available_balance: BalanceAmount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        available_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available_balance, Unset):
            available_balance = self.available_balance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if available_balance is not UNSET:
            field_dict["availableBalance"] = available_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.balance_amount import BalanceAmount  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _available_balance = d.pop("availableBalance", UNSET)
        available_balance: BalanceAmount | Unset
        if isinstance(_available_balance, Unset):
            available_balance = UNSET
        else:
            available_balance = BalanceAmount.from_dict(_available_balance)

        balance = cls(
            name=name,
            available_balance=available_balance,
        )

        balance.additional_properties = d
        return balance

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
