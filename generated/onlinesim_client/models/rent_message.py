from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RentMessage")


@_attrs_define
class RentMessage:
    """
    Attributes:
        id (int | Unset):
        service (str | Unset):
        text (str | Unset):
        code (str | Unset):
        created_at (str | Unset): `YYYY-MM-DD HH:MM:SS`, no zone.
    """

    id: int | Unset = UNSET
    service: str | Unset = UNSET
    text: str | Unset = UNSET
    code: str | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        service = self.service

        text = self.text

        code = self.code

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if service is not UNSET:
            field_dict["service"] = service
        if text is not UNSET:
            field_dict["text"] = text
        if code is not UNSET:
            field_dict["code"] = code
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        service = d.pop("service", UNSET)

        text = d.pop("text", UNSET)

        code = d.pop("code", UNSET)

        created_at = d.pop("created_at", UNSET)

        rent_message = cls(
            id=id,
            service=service,
            text=text,
            code=code,
            created_at=created_at,
        )

        rent_message.additional_properties = d
        return rent_message

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
