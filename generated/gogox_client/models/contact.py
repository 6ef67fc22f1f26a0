from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """
    Attributes:
        name (str | Unset):
        phone_number (str | Unset): Seen both with country code (`+85251111113`) and as a national number (`51111113`).
        phone_extension (None | str | Unset):
    """

    name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    phone_extension: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        phone_number = self.phone_number

        phone_extension: None | str | Unset
        if isinstance(self.phone_extension, Unset):
            phone_extension = UNSET
        else:
            phone_extension = self.phone_extension

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if phone_extension is not UNSET:
            field_dict["phone_extension"] = phone_extension

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        def _parse_phone_extension(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_extension = _parse_phone_extension(d.pop("phone_extension", UNSET))

        contact = cls(
            name=name,
            phone_number=phone_number,
            phone_extension=phone_extension,
        )

        contact.additional_properties = d
        return contact

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
