from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PricingInfo")


@_attrs_define
class PricingInfo:
    """Pricing model of the account (newer): e.g. `{"model": "net_pricing", "discount_percentage": 0}`. Which package price
    fields appear depends on it.

        Attributes:
            model (str | Unset): e.g. "net_pricing".
            discount_percentage (float | Unset):
    """

    model: str | Unset = UNSET
    discount_percentage: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        discount_percentage = self.discount_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model", UNSET)

        discount_percentage = d.pop("discount_percentage", UNSET)

        pricing_info = cls(
            model=model,
            discount_percentage=discount_percentage,
        )

        pricing_info.additional_properties = d
        return pricing_info

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
