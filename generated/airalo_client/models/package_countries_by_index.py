from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.package_country import PackageCountry


T = TypeVar("T", bound="PackageCountriesByIndex")


@_attrs_define
class PackageCountriesByIndex:
    """`data` of a later catalogue page serialised as an object keyed by index ("25", "26", …)."""

    additional_properties: dict[str, PackageCountry] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.package_country import PackageCountry  # noqa: PLC0415

        d = dict(src_dict)
        package_countries_by_index = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = PackageCountry.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        package_countries_by_index.additional_properties = additional_properties
        return package_countries_by_index

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> PackageCountry:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: PackageCountry) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
