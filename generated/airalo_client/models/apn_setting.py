from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApnSetting")


@_attrs_define
class ApnSetting:
    """
    Attributes:
        apn_type (str | Unset): "automatic" or "manual".
        apn_value (None | str | Unset):
    """

    apn_type: str | Unset = UNSET
    apn_value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apn_type = self.apn_type

        apn_value: None | str | Unset
        if isinstance(self.apn_value, Unset):
            apn_value = UNSET
        else:
            apn_value = self.apn_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apn_type is not UNSET:
            field_dict["apn_type"] = apn_type
        if apn_value is not UNSET:
            field_dict["apn_value"] = apn_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        apn_type = d.pop("apn_type", UNSET)

        def _parse_apn_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apn_value = _parse_apn_value(d.pop("apn_value", UNSET))

        apn_setting = cls(
            apn_type=apn_type,
            apn_value=apn_value,
        )

        apn_setting.additional_properties = d
        return apn_setting

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
