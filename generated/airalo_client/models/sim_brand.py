from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SimBrand")


@_attrs_define
class SimBrand:
    """
    Attributes:
        brand_settings_name (None | str | Unset):
    """

    brand_settings_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_settings_name: None | str | Unset
        if isinstance(self.brand_settings_name, Unset):
            brand_settings_name = UNSET
        else:
            brand_settings_name = self.brand_settings_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brand_settings_name is not UNSET:
            field_dict["brand_settings_name"] = brand_settings_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_brand_settings_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_settings_name = _parse_brand_settings_name(
            d.pop("brand_settings_name", UNSET)
        )

        sim_brand = cls(
            brand_settings_name=brand_settings_name,
        )

        sim_brand.additional_properties = d
        return sim_brand

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
