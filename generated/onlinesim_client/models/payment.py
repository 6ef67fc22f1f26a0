from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Payment")


@_attrs_define
class Payment:
    """
    Attributes:
        payment (float | str | Unset): A number, or a numeric string such as `"1674.540"` (decode as Decimal).
        income (float | str | Unset): A number, or a numeric string such as `"1674.540"` (decode as Decimal).
        spent (float | str | Unset): A number, or a numeric string such as `"1674.540"` (decode as Decimal).
        now (float | str | Unset): A number, or a numeric string such as `"1674.540"` (decode as Decimal).
    """

    payment: float | str | Unset = UNSET
    income: float | str | Unset = UNSET
    spent: float | str | Unset = UNSET
    now: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment: float | str | Unset
        if isinstance(self.payment, Unset):
            payment = UNSET
        else:
            payment = self.payment

        income: float | str | Unset
        if isinstance(self.income, Unset):
            income = UNSET
        else:
            income = self.income

        spent: float | str | Unset
        if isinstance(self.spent, Unset):
            spent = UNSET
        else:
            spent = self.spent

        now: float | str | Unset
        if isinstance(self.now, Unset):
            now = UNSET
        else:
            now = self.now

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment is not UNSET:
            field_dict["payment"] = payment
        if income is not UNSET:
            field_dict["income"] = income
        if spent is not UNSET:
            field_dict["spent"] = spent
        if now is not UNSET:
            field_dict["now"] = now

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_payment(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        payment = _parse_payment(d.pop("payment", UNSET))

        def _parse_income(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        income = _parse_income(d.pop("income", UNSET))

        def _parse_spent(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        spent = _parse_spent(d.pop("spent", UNSET))

        def _parse_now(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        now = _parse_now(d.pop("now", UNSET))

        payment = cls(
            payment=payment,
            income=income,
            spent=spent,
            now=now,
        )

        payment.additional_properties = d
        return payment

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
