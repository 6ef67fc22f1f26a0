from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LowDataWebhook")


@_attrs_define
class LowDataWebhook:
    """Low data / expiry notification. Signed with the `airalo-signature` header.

    Attributes:
        level (str | Unset): "75%", "90%", "3days" or "1days".
        package_name (str | Unset):
        remaining_percentage (int | Unset):
        iccid (str | Unset):
    """

    level: str | Unset = UNSET
    package_name: str | Unset = UNSET
    remaining_percentage: int | Unset = UNSET
    iccid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level = self.level

        package_name = self.package_name

        remaining_percentage = self.remaining_percentage

        iccid = self.iccid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if level is not UNSET:
            field_dict["level"] = level
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if remaining_percentage is not UNSET:
            field_dict["remaining_percentage"] = remaining_percentage
        if iccid is not UNSET:
            field_dict["iccid"] = iccid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        level = d.pop("level", UNSET)

        package_name = d.pop("package_name", UNSET)

        remaining_percentage = d.pop("remaining_percentage", UNSET)

        iccid = d.pop("iccid", UNSET)

        low_data_webhook = cls(
            level=level,
            package_name=package_name,
            remaining_percentage=remaining_percentage,
            iccid=iccid,
        )

        low_data_webhook.additional_properties = d
        return low_data_webhook

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
