from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_map import CurrencyMap


T = TypeVar("T", bound="MinPrice")


@_attrs_define
class MinPrice:
    """Lowest prices of the country's packages (newer docs).

    Attributes:
        net_price (CurrencyMap | Unset): ISO-4217 currency code → amount (IDR, JPY, KRW and VND are integers). Seen
            codes include AUD BRL GBP CAD AED EUR INR IDR ILS JPY MYR MXN SGD KRW USD VND ZAR KWD.
        recommended_retail_price (CurrencyMap | Unset): ISO-4217 currency code → amount (IDR, JPY, KRW and VND are
            integers). Seen codes include AUD BRL GBP CAD AED EUR INR IDR ILS JPY MYR MXN SGD KRW USD VND ZAR KWD.
    """

    net_price: CurrencyMap | Unset = UNSET
    recommended_retail_price: CurrencyMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        net_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.net_price, Unset):
            net_price = self.net_price.to_dict()

        recommended_retail_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recommended_retail_price, Unset):
            recommended_retail_price = self.recommended_retail_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if net_price is not UNSET:
            field_dict["net_price"] = net_price
        if recommended_retail_price is not UNSET:
            field_dict["recommended_retail_price"] = recommended_retail_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency_map import CurrencyMap  # noqa: PLC0415

        d = dict(src_dict)
        _net_price = d.pop("net_price", UNSET)
        net_price: CurrencyMap | Unset
        if isinstance(_net_price, Unset):
            net_price = UNSET
        else:
            net_price = CurrencyMap.from_dict(_net_price)

        _recommended_retail_price = d.pop("recommended_retail_price", UNSET)
        recommended_retail_price: CurrencyMap | Unset
        if isinstance(_recommended_retail_price, Unset):
            recommended_retail_price = UNSET
        else:
            recommended_retail_price = CurrencyMap.from_dict(_recommended_retail_price)

        min_price = cls(
            net_price=net_price,
            recommended_retail_price=recommended_retail_price,
        )

        min_price.additional_properties = d
        return min_price

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
