from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.transaction_attributes import TransactionAttributes


T = TypeVar("T", bound="CreatePreauthRequest")


@_attrs_define
class CreatePreauthRequest:
    """
    Attributes:
        bank_account_id (int):
        merchant_id (int):
        amount (Money): Integer cents; USD only. (v1 used dollar strings such as "10.00".)
        attributes (TransactionAttributes | Unset): `tip`, `invoice`, or custom names mapping to `{value, description}`.
        reference_id (str | Unset):
    """

    bank_account_id: int
    merchant_id: int
    amount: Money
    attributes: TransactionAttributes | Unset = UNSET
    reference_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_account_id = self.bank_account_id

        merchant_id = self.merchant_id

        amount = self.amount.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        reference_id = self.reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bankAccountId": bank_account_id,
                "merchantId": merchant_id,
                "amount": amount,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415
        from ..models.transaction_attributes import TransactionAttributes  # noqa: PLC0415

        d = dict(src_dict)
        bank_account_id = d.pop("bankAccountId")

        merchant_id = d.pop("merchantId")

        amount = Money.from_dict(d.pop("amount"))

        _attributes = d.pop("attributes", UNSET)
        attributes: TransactionAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = TransactionAttributes.from_dict(_attributes)

        reference_id = d.pop("referenceId", UNSET)

        create_preauth_request = cls(
            bank_account_id=bank_account_id,
            merchant_id=merchant_id,
            amount=amount,
            attributes=attributes,
            reference_id=reference_id,
        )

        create_preauth_request.additional_properties = d
        return create_preauth_request

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
