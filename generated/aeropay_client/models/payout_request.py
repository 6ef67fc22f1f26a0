from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.transaction_attributes import TransactionAttributes


T = TypeVar("T", bound="PayoutRequest")


@_attrs_define
class PayoutRequest:
    """
    Attributes:
        user_id (str):
        amount (Money): Integer cents; USD only. (v1 used dollar strings such as "10.00".)
        merchant_id (int):
        bank_account_id (int | Unset):
        attributes (TransactionAttributes | Unset): `tip`, `invoice`, or custom names mapping to `{value, description}`.
        reference_id (str | Unset):
        rtp (bool | Unset): Real-time payment; ACH when omitted.
    """

    user_id: str
    amount: Money
    merchant_id: int
    bank_account_id: int | Unset = UNSET
    attributes: TransactionAttributes | Unset = UNSET
    reference_id: str | Unset = UNSET
    rtp: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        amount = self.amount.to_dict()

        merchant_id = self.merchant_id

        bank_account_id = self.bank_account_id

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        reference_id = self.reference_id

        rtp = self.rtp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "amount": amount,
                "merchantId": merchant_id,
            }
        )
        if bank_account_id is not UNSET:
            field_dict["bankAccountId"] = bank_account_id
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id
        if rtp is not UNSET:
            field_dict["rtp"] = rtp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415
        from ..models.transaction_attributes import TransactionAttributes  # noqa: PLC0415

        d = dict(src_dict)
        user_id = d.pop("userId")

        amount = Money.from_dict(d.pop("amount"))

        merchant_id = d.pop("merchantId")

        bank_account_id = d.pop("bankAccountId", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: TransactionAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = TransactionAttributes.from_dict(_attributes)

        reference_id = d.pop("referenceId", UNSET)

        rtp = d.pop("rtp", UNSET)

        payout_request = cls(
            user_id=user_id,
            amount=amount,
            merchant_id=merchant_id,
            bank_account_id=bank_account_id,
            attributes=attributes,
            reference_id=reference_id,
            rtp=rtp,
        )

        payout_request.additional_properties = d
        return payout_request

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
