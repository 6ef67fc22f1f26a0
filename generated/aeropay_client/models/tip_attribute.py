from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TipAttribute")


@_attrs_define
class TipAttribute:
    """Request form: dollar strings `{tipAmount: "1.00", label: "$1.00", totalAmount: "2.00"}`. Responses nest them under
    `selection` with tipAmount in cents.

        Attributes:
            tip_amount (str | Unset):
            label (str | Unset):
            total_amount (str | Unset):
    """

    tip_amount: str | Unset = UNSET
    label: str | Unset = UNSET
    total_amount: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tip_amount = self.tip_amount

        label = self.label

        total_amount = self.total_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tip_amount is not UNSET:
            field_dict["tipAmount"] = tip_amount
        if label is not UNSET:
            field_dict["label"] = label
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tip_amount = d.pop("tipAmount", UNSET)

        label = d.pop("label", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        tip_attribute = cls(
            tip_amount=tip_amount,
            label=label,
            total_amount=total_amount,
        )

        tip_attribute.additional_properties = d
        return tip_attribute

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
