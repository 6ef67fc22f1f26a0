from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

T = TypeVar("T", bound="UpdateSimBrandRequest")


@_attrs_define
class UpdateSimBrandRequest:
    """PUT /v2/sims/{sim_iccid}/brand body (multipart). The key is required; an empty value means unbranded.

    Attributes:
        brand_settings_name (str): Brand name as set up in the Partner Platform; "" (sent as null by JSON clients) for
            unbranded.
    """

    brand_settings_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_settings_name = self.brand_settings_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brand_settings_name": brand_settings_name,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            (
                "brand_settings_name",
                (None, str(self.brand_settings_name).encode(), "text/plain"),
            )
        )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        brand_settings_name = d.pop("brand_settings_name")

        update_sim_brand_request = cls(
            brand_settings_name=brand_settings_name,
        )

        update_sim_brand_request.additional_properties = d
        return update_sim_brand_request

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
