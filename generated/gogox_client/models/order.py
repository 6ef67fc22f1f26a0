from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.courier import Courier
    from ..models.delivery_package import DeliveryPackage
    from ..models.order_destination import OrderDestination
    from ..models.order_pickup import OrderPickup
    from ..models.price import Price
    from ..models.price_breakdown_item import PriceBreakdownItem


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """Transport (and, unverified, delivery) order. Newer payloads carry `id` and `nid`; older ones only `uuid`.

    Attributes:
        id (int | Unset): Numeric order id (newer payloads).
        nid (str | Unset): Display number, e.g. `CY4778995`.
        uuid (str | Unset):
        status (str | Unset): Known value `pending`; `active`, `completed`, `cancelled` are implied by the webhook
            events
            (unverified). Not an enum: GoGoX may add statuses.
        vehicle_type (str | Unset): Known values - `van`, `mudou`, `mudou9`, `motorcycle`.
        payment_method (str | Unset): Known values - `prepaid_wallet`, `monthly_settlement`.
        note_to_courier (None | str | Unset):
        courier (Courier | Unset): Assigned driver/courier; an empty object `{}` until the order is matched.
        pickup (OrderPickup | Unset):
        destinations (list[OrderDestination] | Unset):
        price (Price | Unset):
        price_breakdown (list[PriceBreakdownItem] | Unset):
        delivery_type (str | Unset): Delivery orders only (unverified).
        merchant_order_number (str | Unset): Delivery orders only (unverified).
        package (DeliveryPackage | Unset): Parcel dimensions and weight (units unverified).
    """

    id: int | Unset = UNSET
    nid: str | Unset = UNSET
    uuid: str | Unset = UNSET
    status: str | Unset = UNSET
    vehicle_type: str | Unset = UNSET
    payment_method: str | Unset = UNSET
    note_to_courier: None | str | Unset = UNSET
    courier: Courier | Unset = UNSET
    pickup: OrderPickup | Unset = UNSET
    destinations: list[OrderDestination] | Unset = UNSET
    price: Price | Unset = UNSET
    price_breakdown: list[PriceBreakdownItem] | Unset = UNSET
    delivery_type: str | Unset = UNSET
    merchant_order_number: str | Unset = UNSET
    package: DeliveryPackage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        nid = self.nid

        uuid = self.uuid

        status = self.status

        vehicle_type = self.vehicle_type

        payment_method = self.payment_method

        note_to_courier: None | str | Unset
        if isinstance(self.note_to_courier, Unset):
            note_to_courier = UNSET
        else:
            note_to_courier = self.note_to_courier

        courier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.courier, Unset):
            courier = self.courier.to_dict()

        pickup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pickup, Unset):
            pickup = self.pickup.to_dict()

        destinations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.destinations, Unset):
            destinations = []
            for destinations_item_data in self.destinations:
                destinations_item = destinations_item_data.to_dict()
                destinations.append(destinations_item)

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        price_breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.price_breakdown, Unset):
            price_breakdown = []
            for price_breakdown_item_data in self.price_breakdown:
                price_breakdown_item = price_breakdown_item_data.to_dict()
                price_breakdown.append(price_breakdown_item)

        delivery_type = self.delivery_type

        merchant_order_number = self.merchant_order_number

        package: dict[str, Any] | Unset = UNSET
        if not isinstance(self.package, Unset):
            package = self.package.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if nid is not UNSET:
            field_dict["nid"] = nid
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if status is not UNSET:
            field_dict["status"] = status
        if vehicle_type is not UNSET:
            field_dict["vehicle_type"] = vehicle_type
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if note_to_courier is not UNSET:
            field_dict["note_to_courier"] = note_to_courier
        if courier is not UNSET:
            field_dict["courier"] = courier
        if pickup is not UNSET:
            field_dict["pickup"] = pickup
        if destinations is not UNSET:
            field_dict["destinations"] = destinations
        if price is not UNSET:
            field_dict["price"] = price
        if price_breakdown is not UNSET:
            field_dict["price_breakdown"] = price_breakdown
        if delivery_type is not UNSET:
            field_dict["delivery_type"] = delivery_type
        if merchant_order_number is not UNSET:
            field_dict["merchant_order_number"] = merchant_order_number
        if package is not UNSET:
            field_dict["package"] = package

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.courier import Courier  # noqa: PLC0415
        from ..models.delivery_package import DeliveryPackage  # noqa: PLC0415
        from ..models.order_destination import OrderDestination  # noqa: PLC0415
        from ..models.order_pickup import OrderPickup  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415
        from ..models.price_breakdown_item import PriceBreakdownItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        nid = d.pop("nid", UNSET)

        uuid = d.pop("uuid", UNSET)

        status = d.pop("status", UNSET)

        vehicle_type = d.pop("vehicle_type", UNSET)

        payment_method = d.pop("payment_method", UNSET)

        def _parse_note_to_courier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note_to_courier = _parse_note_to_courier(d.pop("note_to_courier", UNSET))

        _courier = d.pop("courier", UNSET)
        courier: Courier | Unset
        if isinstance(_courier, Unset):
            courier = UNSET
        else:
            courier = Courier.from_dict(_courier)

        _pickup = d.pop("pickup", UNSET)
        pickup: OrderPickup | Unset
        if isinstance(_pickup, Unset):
            pickup = UNSET
        else:
            pickup = OrderPickup.from_dict(_pickup)

        _destinations = d.pop("destinations", UNSET)
        destinations: list[OrderDestination] | Unset = UNSET
        if _destinations is not UNSET:
            destinations = []
            for destinations_item_data in _destinations:
                destinations_item = OrderDestination.from_dict(destinations_item_data)

                destinations.append(destinations_item)

        _price = d.pop("price", UNSET)
        price: Price | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = Price.from_dict(_price)

        _price_breakdown = d.pop("price_breakdown", UNSET)
        price_breakdown: list[PriceBreakdownItem] | Unset = UNSET
        if _price_breakdown is not UNSET:
            price_breakdown = []
            for price_breakdown_item_data in _price_breakdown:
                price_breakdown_item = PriceBreakdownItem.from_dict(
                    price_breakdown_item_data
                )

                price_breakdown.append(price_breakdown_item)

        delivery_type = d.pop("delivery_type", UNSET)

        merchant_order_number = d.pop("merchant_order_number", UNSET)

        _package = d.pop("package", UNSET)
        package: DeliveryPackage | Unset
        if isinstance(_package, Unset):
            package = UNSET
        else:
            package = DeliveryPackage.from_dict(_package)

        order = cls(
            id=id,
            nid=nid,
            uuid=uuid,
            status=status,
            vehicle_type=vehicle_type,
            payment_method=payment_method,
            note_to_courier=note_to_courier,
            courier=courier,
            pickup=pickup,
            destinations=destinations,
            price=price,
            price_breakdown=price_breakdown,
            delivery_type=delivery_type,
            merchant_order_number=merchant_order_number,
            package=package,
        )

        order.additional_properties = d
        return order

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
