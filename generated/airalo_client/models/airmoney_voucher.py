from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AirmoneyVoucher")


@_attrs_define
class AirmoneyVoucher:
    """
    Attributes:
        code (str):
        id (int | Unset):
        usage_limit (int | Unset):
        amount (float | Unset):
        is_paid (bool | Unset):
        created_at (str | Unset):
    """

    code: str
    id: int | Unset = UNSET
    usage_limit: int | Unset = UNSET
    amount: float | Unset = UNSET
    is_paid: bool | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        id = self.id

        usage_limit = self.usage_limit

        amount = self.amount

        is_paid = self.is_paid

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if usage_limit is not UNSET:
            field_dict["usage_limit"] = usage_limit
        if amount is not UNSET:
            field_dict["amount"] = amount
        if is_paid is not UNSET:
            field_dict["is_paid"] = is_paid
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        id = d.pop("id", UNSET)

        usage_limit = d.pop("usage_limit", UNSET)

        amount = d.pop("amount", UNSET)

        is_paid = d.pop("is_paid", UNSET)

        created_at = d.pop("created_at", UNSET)

        airmoney_voucher = cls(
            code=code,
            id=id,
            usage_limit=usage_limit,
            amount=amount,
            is_paid=is_paid,
            created_at=created_at,
        )

        airmoney_voucher.additional_properties = d
        return airmoney_voucher

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
