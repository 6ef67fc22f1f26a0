from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FreePhone")


@_attrs_define
class FreePhone:
    """
    Attributes:
        number (int | str | Unset): A phone number; sometimes sent as an integer.
        country (int | Unset):
        full_number (str | Unset):
        country_text (str | Unset):
        maxdate (str | Unset):
        updated_at (str | Unset):
        data_humans (str | Unset):
    """

    number: int | str | Unset = UNSET
    country: int | Unset = UNSET
    full_number: str | Unset = UNSET
    country_text: str | Unset = UNSET
    maxdate: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    data_humans: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number: int | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        country = self.country

        full_number = self.full_number

        country_text = self.country_text

        maxdate = self.maxdate

        updated_at = self.updated_at

        data_humans = self.data_humans

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if country is not UNSET:
            field_dict["country"] = country
        if full_number is not UNSET:
            field_dict["full_number"] = full_number
        if country_text is not UNSET:
            field_dict["country_text"] = country_text
        if maxdate is not UNSET:
            field_dict["maxdate"] = maxdate
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if data_humans is not UNSET:
            field_dict["data_humans"] = data_humans

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_number(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        country = d.pop("country", UNSET)

        full_number = d.pop("full_number", UNSET)

        country_text = d.pop("country_text", UNSET)

        maxdate = d.pop("maxdate", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        data_humans = d.pop("data_humans", UNSET)

        free_phone = cls(
            number=number,
            country=country,
            full_number=full_number,
            country_text=country_text,
            maxdate=maxdate,
            updated_at=updated_at,
            data_humans=data_humans,
        )

        free_phone.additional_properties = d
        return free_phone

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
