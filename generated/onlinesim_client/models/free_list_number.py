from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FreeListNumber")


@_attrs_define
class FreeListNumber:
    """
    Attributes:
        country (int | Unset):
        country_original (str | Unset):
        full_number (str | Unset):
        data_humans (str | Unset):
        is_archive (bool | Unset):
    """

    country: int | Unset = UNSET
    country_original: str | Unset = UNSET
    full_number: str | Unset = UNSET
    data_humans: str | Unset = UNSET
    is_archive: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        country_original = self.country_original

        full_number = self.full_number

        data_humans = self.data_humans

        is_archive = self.is_archive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if country_original is not UNSET:
            field_dict["country_original"] = country_original
        if full_number is not UNSET:
            field_dict["full_number"] = full_number
        if data_humans is not UNSET:
            field_dict["data_humans"] = data_humans
        if is_archive is not UNSET:
            field_dict["is_archive"] = is_archive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country", UNSET)

        country_original = d.pop("country_original", UNSET)

        full_number = d.pop("full_number", UNSET)

        data_humans = d.pop("data_humans", UNSET)

        is_archive = d.pop("is_archive", UNSET)

        free_list_number = cls(
            country=country,
            country_original=country_original,
            full_number=full_number,
            data_humans=data_humans,
            is_archive=is_archive,
        )

        free_list_number.additional_properties = d
        return free_list_number

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
