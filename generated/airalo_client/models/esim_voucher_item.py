from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EsimVoucherItem")


@_attrs_define
class EsimVoucherItem:
    """
    Attributes:
        package_id (str):
        quantity (int): The SDKs cap it at 100.
        booking_reference (str | Unset): Your reference, echoed back.
    """

    package_id: str
    quantity: int
    booking_reference: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_id = self.package_id

        quantity = self.quantity

        booking_reference = self.booking_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "package_id": package_id,
                "quantity": quantity,
            }
        )
        if booking_reference is not UNSET:
            field_dict["booking_reference"] = booking_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        package_id = d.pop("package_id")

        quantity = d.pop("quantity")

        booking_reference = d.pop("booking_reference", UNSET)

        esim_voucher_item = cls(
            package_id=package_id,
            quantity=quantity,
            booking_reference=booking_reference,
        )

        esim_voucher_item.additional_properties = d
        return esim_voucher_item

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
