from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FreeMessage")


@_attrs_define
class FreeMessage:
    """
    Attributes:
        text (str | Unset):
        in_number (str | Unset):
        my_number (int | str | Unset): A phone number; sometimes sent as an integer.
        created_at (str | Unset):
        data_humans (str | Unset):
    """

    text: str | Unset = UNSET
    in_number: str | Unset = UNSET
    my_number: int | str | Unset = UNSET
    created_at: str | Unset = UNSET
    data_humans: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        in_number = self.in_number

        my_number: int | str | Unset
        if isinstance(self.my_number, Unset):
            my_number = UNSET
        else:
            my_number = self.my_number

        created_at = self.created_at

        data_humans = self.data_humans

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if in_number is not UNSET:
            field_dict["in_number"] = in_number
        if my_number is not UNSET:
            field_dict["my_number"] = my_number
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if data_humans is not UNSET:
            field_dict["data_humans"] = data_humans

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text", UNSET)

        in_number = d.pop("in_number", UNSET)

        def _parse_my_number(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        my_number = _parse_my_number(d.pop("my_number", UNSET))

        created_at = d.pop("created_at", UNSET)

        data_humans = d.pop("data_humans", UNSET)

        free_message = cls(
            text=text,
            in_number=in_number,
            my_number=my_number,
            created_at=created_at,
            data_humans=data_humans,
        )

        free_message.additional_properties = d
        return free_message

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
