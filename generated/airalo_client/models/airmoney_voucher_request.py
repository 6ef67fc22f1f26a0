from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AirmoneyVoucherRequest")


@_attrs_define
class AirmoneyVoucherRequest:
    """SDK-only (unverified).

    Attributes:
        amount (int):
        quantity (int): Forced to 1 by a custom voucher_code.
        usage_limit (int | Unset):
        is_paid (bool | Unset):
        voucher_code (str | Unset):
    """

    amount: int
    quantity: int
    usage_limit: int | Unset = UNSET
    is_paid: bool | Unset = UNSET
    voucher_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        quantity = self.quantity

        usage_limit = self.usage_limit

        is_paid = self.is_paid

        voucher_code = self.voucher_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "quantity": quantity,
            }
        )
        if usage_limit is not UNSET:
            field_dict["usage_limit"] = usage_limit
        if is_paid is not UNSET:
            field_dict["is_paid"] = is_paid
        if voucher_code is not UNSET:
            field_dict["voucher_code"] = voucher_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        quantity = d.pop("quantity")

        usage_limit = d.pop("usage_limit", UNSET)

        is_paid = d.pop("is_paid", UNSET)

        voucher_code = d.pop("voucher_code", UNSET)

        airmoney_voucher_request = cls(
            amount=amount,
            quantity=quantity,
            usage_limit=usage_limit,
            is_paid=is_paid,
            voucher_code=voucher_code,
        )

        airmoney_voucher_request.additional_properties = d
        return airmoney_voucher_request

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
