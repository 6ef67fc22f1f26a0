from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.destination_input import DestinationInput
    from ..models.extra_requirements import ExtraRequirements
    from ..models.pickup_input import PickupInput


T = TypeVar("T", bound="TransportOrderRequest")


@_attrs_define
class TransportOrderRequest:
    """
    Attributes:
        vehicle_type (str): Known values - `van`, `mudou`, `mudou9` (HK), `motorcycle` (TW/SG); lorry variants
            unverified.
        pickup (PickupInput): Pickup stop of a quotation or order request.
        destinations (list[DestinationInput]):
        payment_method (str | Unset): Known values - `prepaid_wallet`, `monthly_settlement`.
        note_to_courier (str | Unset):
        extra_requirements (ExtraRequirements | Unset): Optional extras, keyed by name. Known keys: `delivery_box`,
            `need_help_moving`, `pay_by_receiver`
            (Taiwan); legacy v0 also had `express_service`, `remark`. Value types unverified.
    """

    vehicle_type: str
    pickup: PickupInput
    destinations: list[DestinationInput]
    payment_method: str | Unset = UNSET
    note_to_courier: str | Unset = UNSET
    extra_requirements: ExtraRequirements | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vehicle_type = self.vehicle_type

        pickup = self.pickup.to_dict()

        destinations = []
        for destinations_item_data in self.destinations:
            destinations_item = destinations_item_data.to_dict()
            destinations.append(destinations_item)

        payment_method = self.payment_method

        note_to_courier = self.note_to_courier

        extra_requirements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_requirements, Unset):
            extra_requirements = self.extra_requirements.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vehicle_type": vehicle_type,
                "pickup": pickup,
                "destinations": destinations,
            }
        )
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if note_to_courier is not UNSET:
            field_dict["note_to_courier"] = note_to_courier
        if extra_requirements is not UNSET:
            field_dict["extra_requirements"] = extra_requirements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.destination_input import DestinationInput  # noqa: PLC0415
        from ..models.extra_requirements import ExtraRequirements  # noqa: PLC0415
        from ..models.pickup_input import PickupInput  # noqa: PLC0415

        d = dict(src_dict)
        vehicle_type = d.pop("vehicle_type")

        pickup = PickupInput.from_dict(d.pop("pickup"))

        destinations = []
        _destinations = d.pop("destinations")
        for destinations_item_data in _destinations:
            destinations_item = DestinationInput.from_dict(destinations_item_data)

            destinations.append(destinations_item)

        payment_method = d.pop("payment_method", UNSET)

        note_to_courier = d.pop("note_to_courier", UNSET)

        _extra_requirements = d.pop("extra_requirements", UNSET)
        extra_requirements: ExtraRequirements | Unset
        if isinstance(_extra_requirements, Unset):
            extra_requirements = UNSET
        else:
            extra_requirements = ExtraRequirements.from_dict(_extra_requirements)

        transport_order_request = cls(
            vehicle_type=vehicle_type,
            pickup=pickup,
            destinations=destinations,
            payment_method=payment_method,
            note_to_courier=note_to_courier,
            extra_requirements=extra_requirements,
        )

        transport_order_request.additional_properties = d
        return transport_order_request

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
