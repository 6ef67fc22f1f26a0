from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_package import DeliveryPackage
    from ..models.destination_input import DestinationInput
    from ..models.pickup_input import PickupInput


T = TypeVar("T", bound="DeliveryQuotationRequest")


@_attrs_define
class DeliveryQuotationRequest:
    """
    Attributes:
        package (DeliveryPackage): Parcel dimensions and weight (units unverified).
        pickup (PickupInput): Pickup stop of a quotation or order request.
        destinations (list[DestinationInput]):
        delivery_type (str | Unset): Known values (from a code comment, unverified) - `same_day_day`, `speed`,
            `instant`, `same_day_night`.
    """

    package: DeliveryPackage
    pickup: PickupInput
    destinations: list[DestinationInput]
    delivery_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package = self.package.to_dict()

        pickup = self.pickup.to_dict()

        destinations = []
        for destinations_item_data in self.destinations:
            destinations_item = destinations_item_data.to_dict()
            destinations.append(destinations_item)

        delivery_type = self.delivery_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "package": package,
                "pickup": pickup,
                "destinations": destinations,
            }
        )
        if delivery_type is not UNSET:
            field_dict["delivery_type"] = delivery_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_package import DeliveryPackage  # noqa: PLC0415
        from ..models.destination_input import DestinationInput  # noqa: PLC0415
        from ..models.pickup_input import PickupInput  # noqa: PLC0415

        d = dict(src_dict)
        package = DeliveryPackage.from_dict(d.pop("package"))

        pickup = PickupInput.from_dict(d.pop("pickup"))

        destinations = []
        _destinations = d.pop("destinations")
        for destinations_item_data in _destinations:
            destinations_item = DestinationInput.from_dict(destinations_item_data)

            destinations.append(destinations_item)

        delivery_type = d.pop("delivery_type", UNSET)

        delivery_quotation_request = cls(
            package=package,
            pickup=pickup,
            destinations=destinations,
            delivery_type=delivery_type,
        )

        delivery_quotation_request.additional_properties = d
        return delivery_quotation_request

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
