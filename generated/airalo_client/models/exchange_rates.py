from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exchange_rate import ExchangeRate


T = TypeVar("T", bound="ExchangeRates")


@_attrs_define
class ExchangeRates:
    """
    Attributes:
        date (str | Unset): YYYY-MM-DD.
        rates (list[ExchangeRate] | Unset):
    """

    date: str | Unset = UNSET
    rates: list[ExchangeRate] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        rates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rates, Unset):
            rates = []
            for rates_item_data in self.rates:
                rates_item = rates_item_data.to_dict()
                rates.append(rates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if rates is not UNSET:
            field_dict["rates"] = rates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exchange_rate import ExchangeRate  # noqa: PLC0415

        d = dict(src_dict)
        date = d.pop("date", UNSET)

        _rates = d.pop("rates", UNSET)
        rates: list[ExchangeRate] | Unset = UNSET
        if _rates is not UNSET:
            rates = []
            for rates_item_data in _rates:
                rates_item = ExchangeRate.from_dict(rates_item_data)

                rates.append(rates_item)

        exchange_rates = cls(
            date=date,
            rates=rates,
        )

        exchange_rates.additional_properties = d
        return exchange_rates

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
