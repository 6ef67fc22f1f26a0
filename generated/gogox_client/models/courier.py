from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.courier_location import CourierLocation


T = TypeVar("T", bound="Courier")


@_attrs_define
class Courier:
    """Assigned driver/courier; an empty object `{}` until the order is matched.

    Attributes:
        name (str | Unset):
        phone_number (str | Unset):
        location (CourierLocation | Unset): Courier's last known position; one docs sample uses `lon` instead of `lng`.
    """

    name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    location: CourierLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        phone_number = self.phone_number

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.courier_location import CourierLocation  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        _location = d.pop("location", UNSET)
        location: CourierLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = CourierLocation.from_dict(_location)

        courier = cls(
            name=name,
            phone_number=phone_number,
            location=location,
        )

        courier.additional_properties = d
        return courier

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
