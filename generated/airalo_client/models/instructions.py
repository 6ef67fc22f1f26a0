from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.installation_instruction import InstallationInstruction


T = TypeVar("T", bound="Instructions")


@_attrs_define
class Instructions:
    """
    Attributes:
        language (str | Unset): e.g. "EN".
        ios (list[InstallationInstruction] | Unset):
        android (list[InstallationInstruction] | Unset):
    """

    language: str | Unset = UNSET
    ios: list[InstallationInstruction] | Unset = UNSET
    android: list[InstallationInstruction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        ios: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ios, Unset):
            ios = []
            for ios_item_data in self.ios:
                ios_item = ios_item_data.to_dict()
                ios.append(ios_item)

        android: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.android, Unset):
            android = []
            for android_item_data in self.android:
                android_item = android_item_data.to_dict()
                android.append(android_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if language is not UNSET:
            field_dict["language"] = language
        if ios is not UNSET:
            field_dict["ios"] = ios
        if android is not UNSET:
            field_dict["android"] = android

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.installation_instruction import InstallationInstruction  # noqa: PLC0415

        d = dict(src_dict)
        language = d.pop("language", UNSET)

        _ios = d.pop("ios", UNSET)
        ios: list[InstallationInstruction] | Unset = UNSET
        if _ios is not UNSET:
            ios = []
            for ios_item_data in _ios:
                ios_item = InstallationInstruction.from_dict(ios_item_data)

                ios.append(ios_item)

        _android = d.pop("android", UNSET)
        android: list[InstallationInstruction] | Unset = UNSET
        if _android is not UNSET:
            android = []
            for android_item_data in _android:
                android_item = InstallationInstruction.from_dict(android_item_data)

                android.append(android_item)

        instructions = cls(
            language=language,
            ios=ios,
            android=android,
        )

        instructions.additional_properties = d
        return instructions

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
