from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price import Price
    from ..models.price_breakdown_item import PriceBreakdownItem


T = TypeVar("T", bound="DeliveryQuotation")


@_attrs_define
class DeliveryQuotation:
    """Shape unverified - assumed to mirror the transport quotation.

    Attributes:
        delivery_type (str | Unset):
        estimated_price (Price | Unset):
        estimated_price_breakdown (list[PriceBreakdownItem] | Unset):
    """

    delivery_type: str | Unset = UNSET
    estimated_price: Price | Unset = UNSET
    estimated_price_breakdown: list[PriceBreakdownItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_type = self.delivery_type

        estimated_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.estimated_price, Unset):
            estimated_price = self.estimated_price.to_dict()

        estimated_price_breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.estimated_price_breakdown, Unset):
            estimated_price_breakdown = []
            for estimated_price_breakdown_item_data in self.estimated_price_breakdown:
                estimated_price_breakdown_item = (
                    estimated_price_breakdown_item_data.to_dict()
                )
                estimated_price_breakdown.append(estimated_price_breakdown_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivery_type is not UNSET:
            field_dict["delivery_type"] = delivery_type
        if estimated_price is not UNSET:
            field_dict["estimated_price"] = estimated_price
        if estimated_price_breakdown is not UNSET:
            field_dict["estimated_price_breakdown"] = estimated_price_breakdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price import Price  # noqa: PLC0415
        from ..models.price_breakdown_item import PriceBreakdownItem  # noqa: PLC0415

        d = dict(src_dict)
        delivery_type = d.pop("delivery_type", UNSET)

        _estimated_price = d.pop("estimated_price", UNSET)
        estimated_price: Price | Unset
        if isinstance(_estimated_price, Unset):
            estimated_price = UNSET
        else:
            estimated_price = Price.from_dict(_estimated_price)

        _estimated_price_breakdown = d.pop("estimated_price_breakdown", UNSET)
        estimated_price_breakdown: list[PriceBreakdownItem] | Unset = UNSET
        if _estimated_price_breakdown is not UNSET:
            estimated_price_breakdown = []
            for estimated_price_breakdown_item_data in _estimated_price_breakdown:
                estimated_price_breakdown_item = PriceBreakdownItem.from_dict(
                    estimated_price_breakdown_item_data
                )

                estimated_price_breakdown.append(estimated_price_breakdown_item)

        delivery_quotation = cls(
            delivery_type=delivery_type,
            estimated_price=estimated_price,
            estimated_price_breakdown=estimated_price_breakdown,
        )

        delivery_quotation.additional_properties = d
        return delivery_quotation

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
