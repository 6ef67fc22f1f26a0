from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionTotalsReturns")


@_attrs_define
class TransactionTotalsReturns:
    """
    Attributes:
        payout_returns_total (str | Unset):
    """

    payout_returns_total: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payout_returns_total = self.payout_returns_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payout_returns_total is not UNSET:
            field_dict["payoutReturnsTotal"] = payout_returns_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payout_returns_total = d.pop("payoutReturnsTotal", UNSET)

        transaction_totals_returns = cls(
            payout_returns_total=payout_returns_total,
        )

        transaction_totals_returns.additional_properties = d
        return transaction_totals_returns

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
