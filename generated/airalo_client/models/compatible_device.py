from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompatibleDevice")


@_attrs_define
class CompatibleDevice:
    """
    Attributes:
        model (str | Unset): Deprecated list only.
        os (str | Unset): "android" or "ios".
        brand (str | Unset):
        name (str | Unset):
    """

    model: str | Unset = UNSET
    os: str | Unset = UNSET
    brand: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        os = self.os

        brand = self.brand

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if os is not UNSET:
            field_dict["os"] = os
        if brand is not UNSET:
            field_dict["brand"] = brand
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model", UNSET)

        os = d.pop("os", UNSET)

        brand = d.pop("brand", UNSET)

        name = d.pop("name", UNSET)

        compatible_device = cls(
            model=model,
            os=os,
            brand=brand,
            name=name,
        )

        compatible_device.additional_properties = d
        return compatible_device

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
