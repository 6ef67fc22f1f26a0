from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction_totals_returns import TransactionTotalsReturns


T = TypeVar("T", bound="TransactionTotals")


@_attrs_define
class TransactionTotals:
    """Dollar strings, possibly with thousands separators.

    Attributes:
        charge_total (str | Unset):
        tip_total (str | Unset):
        fee_total (str | Unset):
        rewards_total (str | Unset):
        payouts_total (str | Unset):
        refunds_total (str | Unset):
        net_total (str | Unset):
        returns (TransactionTotalsReturns | Unset):
    """

    charge_total: str | Unset = UNSET
    tip_total: str | Unset = UNSET
    fee_total: str | Unset = UNSET
    rewards_total: str | Unset = UNSET
    payouts_total: str | Unset = UNSET
    refunds_total: str | Unset = UNSET
    net_total: str | Unset = UNSET
    returns: TransactionTotalsReturns | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charge_total = self.charge_total

        tip_total = self.tip_total

        fee_total = self.fee_total

        rewards_total = self.rewards_total

        payouts_total = self.payouts_total

        refunds_total = self.refunds_total

        net_total = self.net_total

        returns: dict[str, Any] | Unset = UNSET
        if not isinstance(self.returns, Unset):
            returns = self.returns.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_total is not UNSET:
            field_dict["chargeTotal"] = charge_total
        if tip_total is not UNSET:
            field_dict["tipTotal"] = tip_total
        if fee_total is not UNSET:
            field_dict["feeTotal"] = fee_total
        if rewards_total is not UNSET:
            field_dict["rewardsTotal"] = rewards_total
        if payouts_total is not UNSET:
            field_dict["payoutsTotal"] = payouts_total
        if refunds_total is not UNSET:
            field_dict["refundsTotal"] = refunds_total
        if net_total is not UNSET:
            field_dict["netTotal"] = net_total
        if returns is not UNSET:
            field_dict["returns"] = returns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transaction_totals_returns import TransactionTotalsReturns  # noqa: PLC0415

        d = dict(src_dict)
        charge_total = d.pop("chargeTotal", UNSET)

        tip_total = d.pop("tipTotal", UNSET)

        fee_total = d.pop("feeTotal", UNSET)

        rewards_total = d.pop("rewardsTotal", UNSET)

        payouts_total = d.pop("payoutsTotal", UNSET)

        refunds_total = d.pop("refundsTotal", UNSET)

        net_total = d.pop("netTotal", UNSET)

        _returns = d.pop("returns", UNSET)
        returns: TransactionTotalsReturns | Unset
        if isinstance(_returns, Unset):
            returns = UNSET
        else:
            returns = TransactionTotalsReturns.from_dict(_returns)

        transaction_totals = cls(
            charge_total=charge_total,
            tip_total=tip_total,
            fee_total=fee_total,
            rewards_total=rewards_total,
            payouts_total=payouts_total,
            refunds_total=refunds_total,
            net_total=net_total,
            returns=returns,
        )

        transaction_totals.additional_properties = d
        return transaction_totals

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
