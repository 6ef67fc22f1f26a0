from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_value import AttributeValue
    from ..models.tip_attribute import TipAttribute


T = TypeVar("T", bound="TransactionAttributes")


@_attrs_define
class TransactionAttributes:
    """`tip`, `invoice`, or custom names mapping to `{value, description}`.

    Attributes:
        tip (TipAttribute | Unset): Request form: dollar strings `{tipAmount: "1.00", label: "$1.00", totalAmount:
            "2.00"}`. Responses nest them under `selection` with tipAmount in cents.
        invoice (AttributeValue | Unset): A custom or invoice attribute.
    """

    tip: TipAttribute | Unset = UNSET
    invoice: AttributeValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tip, Unset):
            tip = self.tip.to_dict()

        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tip is not UNSET:
            field_dict["tip"] = tip
        if invoice is not UNSET:
            field_dict["invoice"] = invoice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute_value import AttributeValue  # noqa: PLC0415
        from ..models.tip_attribute import TipAttribute  # noqa: PLC0415

        d = dict(src_dict)
        _tip = d.pop("tip", UNSET)
        tip: TipAttribute | Unset
        if isinstance(_tip, Unset):
            tip = UNSET
        else:
            tip = TipAttribute.from_dict(_tip)

        _invoice = d.pop("invoice", UNSET)
        invoice: AttributeValue | Unset
        if isinstance(_invoice, Unset):
            invoice = UNSET
        else:
            invoice = AttributeValue.from_dict(_invoice)

        transaction_attributes = cls(
            tip=tip,
            invoice=invoice,
        )

        transaction_attributes.additional_properties = d
        return transaction_attributes

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
