from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance import Balance


T = TypeVar("T", bound="BalanceData")


@_attrs_define
class BalanceData:
    """
    Attributes:
        balances (Balance | list[Any] | Unset): An object (not a list); `[]` when there is no account.
    """

    balances: Balance | list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.balance import Balance  # noqa: PLC0415

        balances: dict[str, Any] | list[Any] | Unset
        if isinstance(self.balances, Unset):
            balances = UNSET
        elif isinstance(self.balances, Balance):
            balances = self.balances.to_dict()
        else:
            balances = self.balances

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balances is not UNSET:
            field_dict["balances"] = balances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.balance import Balance  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_balances(data: object) -> Balance | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                balances_type_0 = Balance.from_dict(data)

                return balances_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            balances_type_1 = cast(list[Any], data)

            return balances_type_1

        balances = _parse_balances(d.pop("balances", UNSET))

        balance_data = cls(
            balances=balances,
        )

        balance_data.additional_properties = d
        return balance_data

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
