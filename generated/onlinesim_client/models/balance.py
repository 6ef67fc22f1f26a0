from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.success_flag_type_0 import SuccessFlagType0
from ..models.success_flag_type_1 import SuccessFlagType1
from ..types import UNSET, Unset

T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    """
    Attributes:
        response (SuccessFlagType0 | SuccessFlagType1): `response` of a successful answer: `1` (documented) or `"1"`
            (accepted defensively by every wrapper).
            Modelled as two one-value enums, not `const`s: openapi-python-client 0.29.1 does not try the next branch
            of a union after a failed `const`.
        balance (float | str): A number, or a numeric string such as `"1674.540"` (decode as Decimal).
        zbalance (float | str | Unset): A number, or a numeric string such as `"1674.540"` (decode as Decimal).
        income (float | str | Unset): A number, or a numeric string such as `"1674.540"` (decode as Decimal).
        income_usd (float | str | Unset): A number, or a numeric string such as `"1674.540"` (decode as Decimal).
    """

    response: SuccessFlagType0 | SuccessFlagType1
    balance: float | str
    zbalance: float | str | Unset = UNSET
    income: float | str | Unset = UNSET
    income_usd: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response: int | str
        if isinstance(self.response, SuccessFlagType0):
            response = self.response.value
        else:
            response = self.response.value

        balance: float | str
        balance = self.balance

        zbalance: float | str | Unset
        if isinstance(self.zbalance, Unset):
            zbalance = UNSET
        else:
            zbalance = self.zbalance

        income: float | str | Unset
        if isinstance(self.income, Unset):
            income = UNSET
        else:
            income = self.income

        income_usd: float | str | Unset
        if isinstance(self.income_usd, Unset):
            income_usd = UNSET
        else:
            income_usd = self.income_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "response": response,
                "balance": balance,
            }
        )
        if zbalance is not UNSET:
            field_dict["zbalance"] = zbalance
        if income is not UNSET:
            field_dict["income"] = income
        if income_usd is not UNSET:
            field_dict["income_usd"] = income_usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_response(data: object) -> SuccessFlagType0 | SuccessFlagType1:
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_success_flag_type_0 = SuccessFlagType0(data)

                return componentsschemas_success_flag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_success_flag_type_1 = SuccessFlagType1(data)

            return componentsschemas_success_flag_type_1

        response = _parse_response(d.pop("response"))

        def _parse_balance(data: object) -> float | str:
            return cast(float | str, data)

        balance = _parse_balance(d.pop("balance"))

        def _parse_zbalance(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        zbalance = _parse_zbalance(d.pop("zbalance", UNSET))

        def _parse_income(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        income = _parse_income(d.pop("income", UNSET))

        def _parse_income_usd(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        income_usd = _parse_income_usd(d.pop("income_usd", UNSET))

        balance = cls(
            response=response,
            balance=balance,
            zbalance=zbalance,
            income=income,
            income_usd=income_usd,
        )

        balance.additional_properties = d
        return balance

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
