from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="PaymentLinkRequest")


@_attrs_define
class PaymentLinkRequest:
    """
    Attributes:
        merchant_id (int | str):
        phone (str | Unset):
        email (str | Unset):
        merchant_location_id (int | str | Unset): Location id or UUID.
        reference_id (str | Unset):
        amount (Money | Unset): Integer cents; USD only. (v1 used dollar strings such as "10.00".)
        user_id (str | Unset):
        payment_type (str | Unset): e.g. preauth; subscription is not supported.
    """

    merchant_id: int | str
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    merchant_location_id: int | str | Unset = UNSET
    reference_id: str | Unset = UNSET
    amount: Money | Unset = UNSET
    user_id: str | Unset = UNSET
    payment_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_id: int | str
        merchant_id = self.merchant_id

        phone = self.phone

        email = self.email

        merchant_location_id: int | str | Unset
        if isinstance(self.merchant_location_id, Unset):
            merchant_location_id = UNSET
        else:
            merchant_location_id = self.merchant_location_id

        reference_id = self.reference_id

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        user_id = self.user_id

        payment_type = self.payment_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merchantId": merchant_id,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if merchant_location_id is not UNSET:
            field_dict["merchantLocationId"] = merchant_location_id
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_merchant_id(data: object) -> int | str:
            return cast(int | str, data)

        merchant_id = _parse_merchant_id(d.pop("merchantId"))

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        def _parse_merchant_location_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        merchant_location_id = _parse_merchant_location_id(
            d.pop("merchantLocationId", UNSET)
        )

        reference_id = d.pop("referenceId", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Money | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Money.from_dict(_amount)

        user_id = d.pop("userId", UNSET)

        payment_type = d.pop("paymentType", UNSET)

        payment_link_request = cls(
            merchant_id=merchant_id,
            phone=phone,
            email=email,
            merchant_location_id=merchant_location_id,
            reference_id=reference_id,
            amount=amount,
            user_id=user_id,
            payment_type=payment_type,
        )

        payment_link_request.additional_properties = d
        return payment_link_request

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
