from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourierLocation")


@_attrs_define
class CourierLocation:
    """Courier's last known position; one docs sample uses `lon` instead of `lng`.

    Attributes:
        lat (float | Unset):
        lng (float | Unset):
        lon (float | Unset):
        location_updated_at (int | str | Unset): Time of the position fix (epoch seconds or ISO string; unverified).
    """

    lat: float | Unset = UNSET
    lng: float | Unset = UNSET
    lon: float | Unset = UNSET
    location_updated_at: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lat = self.lat

        lng = self.lng

        lon = self.lon

        location_updated_at: int | str | Unset
        if isinstance(self.location_updated_at, Unset):
            location_updated_at = UNSET
        else:
            location_updated_at = self.location_updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lat is not UNSET:
            field_dict["lat"] = lat
        if lng is not UNSET:
            field_dict["lng"] = lng
        if lon is not UNSET:
            field_dict["lon"] = lon
        if location_updated_at is not UNSET:
            field_dict["location_updated_at"] = location_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lat = d.pop("lat", UNSET)

        lng = d.pop("lng", UNSET)

        lon = d.pop("lon", UNSET)

        def _parse_location_updated_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        location_updated_at = _parse_location_updated_at(
            d.pop("location_updated_at", UNSET)
        )

        courier_location = cls(
            lat=lat,
            lng=lng,
            lon=lon,
            location_updated_at=location_updated_at,
        )

        courier_location.additional_properties = d
        return courier_location

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
