from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FreeCountry")


@_attrs_define
class FreeCountry:
    """
    Attributes:
        country (int | Unset):
        country_text (str | Unset):
        country_original (str | Unset):
    """

    country: int | Unset = UNSET
    country_text: str | Unset = UNSET
    country_original: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        country_text = self.country_text

        country_original = self.country_original

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if country_text is not UNSET:
            field_dict["country_text"] = country_text
        if country_original is not UNSET:
            field_dict["country_original"] = country_original

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country = d.pop("country", UNSET)

        country_text = d.pop("country_text", UNSET)

        country_original = d.pop("country_original", UNSET)

        free_country = cls(
            country=country,
            country_text=country_text,
            country_original=country_original,
        )

        free_country.additional_properties = d
        return free_country

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
