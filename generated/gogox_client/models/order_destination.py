from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.location import Location


T = TypeVar("T", bound="OrderDestination")


@_attrs_define
class OrderDestination:
    """
    Attributes:
        name (str | Unset):
        street_address (str | Unset):
        floor_or_unit_number (None | str | Unset):
        arrived_at (int | None | str | Unset): When the courier arrived (format unverified).
        location (Location | Unset):
        contact (Contact | Unset):
        epod_signature (Any | Unset): Electronic proof-of-delivery signature (content unverified).
    """

    name: str | Unset = UNSET
    street_address: str | Unset = UNSET
    floor_or_unit_number: None | str | Unset = UNSET
    arrived_at: int | None | str | Unset = UNSET
    location: Location | Unset = UNSET
    contact: Contact | Unset = UNSET
    epod_signature: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        street_address = self.street_address

        floor_or_unit_number: None | str | Unset
        if isinstance(self.floor_or_unit_number, Unset):
            floor_or_unit_number = UNSET
        else:
            floor_or_unit_number = self.floor_or_unit_number

        arrived_at: int | None | str | Unset
        if isinstance(self.arrived_at, Unset):
            arrived_at = UNSET
        else:
            arrived_at = self.arrived_at

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        epod_signature = self.epod_signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if street_address is not UNSET:
            field_dict["street_address"] = street_address
        if floor_or_unit_number is not UNSET:
            field_dict["floor_or_unit_number"] = floor_or_unit_number
        if arrived_at is not UNSET:
            field_dict["arrived_at"] = arrived_at
        if location is not UNSET:
            field_dict["location"] = location
        if contact is not UNSET:
            field_dict["contact"] = contact
        if epod_signature is not UNSET:
            field_dict["epod_signature"] = epod_signature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.location import Location  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        street_address = d.pop("street_address", UNSET)

        def _parse_floor_or_unit_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        floor_or_unit_number = _parse_floor_or_unit_number(
            d.pop("floor_or_unit_number", UNSET)
        )

        def _parse_arrived_at(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        arrived_at = _parse_arrived_at(d.pop("arrived_at", UNSET))

        _location = d.pop("location", UNSET)
        location: Location | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = Location.from_dict(_location)

        _contact = d.pop("contact", UNSET)
        contact: Contact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = Contact.from_dict(_contact)

        epod_signature = d.pop("epod_signature", UNSET)

        order_destination = cls(
            name=name,
            street_address=street_address,
            floor_or_unit_number=floor_or_unit_number,
            arrived_at=arrived_at,
            location=location,
            contact=contact,
            epod_signature=epod_signature,
        )

        order_destination.additional_properties = d
        return order_destination

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
