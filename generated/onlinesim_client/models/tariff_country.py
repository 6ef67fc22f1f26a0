from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TariffCountry")


@_attrs_define
class TariffCountry:
    """
    Attributes:
        name (str | Unset):
        original (str | Unset):
        code (int | Unset):
        pos (int | Unset):
        other (bool | Unset):
        new (bool | Unset):
        enable (bool | Unset):
    """

    name: str | Unset = UNSET
    original: str | Unset = UNSET
    code: int | Unset = UNSET
    pos: int | Unset = UNSET
    other: bool | Unset = UNSET
    new: bool | Unset = UNSET
    enable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        original = self.original

        code = self.code

        pos = self.pos

        other = self.other

        new = self.new

        enable = self.enable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if original is not UNSET:
            field_dict["original"] = original
        if code is not UNSET:
            field_dict["code"] = code
        if pos is not UNSET:
            field_dict["pos"] = pos
        if other is not UNSET:
            field_dict["other"] = other
        if new is not UNSET:
            field_dict["new"] = new
        if enable is not UNSET:
            field_dict["enable"] = enable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        original = d.pop("original", UNSET)

        code = d.pop("code", UNSET)

        pos = d.pop("pos", UNSET)

        other = d.pop("other", UNSET)

        new = d.pop("new", UNSET)

        enable = d.pop("enable", UNSET)

        tariff_country = cls(
            name=name,
            original=original,
            code=code,
            pos=pos,
            other=other,
            new=new,
            enable=enable,
        )

        tariff_country.additional_properties = d
        return tariff_country

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
