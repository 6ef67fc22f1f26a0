from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_item import AttributeItem
    from ..models.money import Money
    from ..models.transaction_attributes import TransactionAttributes


T = TypeVar("T", bound="RefundTransaction")


@_attrs_define
class RefundTransaction:
    """A transaction-shaped reversal or void; a queued refund has no `id`, `status` or dates yet.

    Attributes:
        amount (Money): Integer cents; USD only. (v1 used dollar strings such as "10.00".)
        id (str | Unset):
        status (str | Unset):
        payment_type (str | Unset):
        user_id (str | Unset):
        title (str | Unset):
        reference_id (None | str | Unset):
        attributes (list[AttributeItem] | TransactionAttributes | Unset): An object on create; usually an array of
            `{name, value, description}` on GET.
        created_date (str | Unset):
        modified_date (str | Unset):
        ap_fee (None | str | Unset): Dollar string.
        is_rtp (bool | Unset):
        merchant_id (int | Unset):
        location_id (int | None | Unset):
        user_account_id (int | None | Unset):
        customer_name (str | Unset): Search results only.
        location_name (str | Unset): Search results only.
        merchant_name (str | Unset): Search results only.
        merchant_user_reputation (str | Unset): Webhook copies only: standard, vip or blocked.
        return_code (str | Unset): Declines only: the NACHA R-code (R01, R02, R07...).
    """

    amount: Money
    id: str | Unset = UNSET
    status: str | Unset = UNSET
    payment_type: str | Unset = UNSET
    user_id: str | Unset = UNSET
    title: str | Unset = UNSET
    reference_id: None | str | Unset = UNSET
    attributes: list[AttributeItem] | TransactionAttributes | Unset = UNSET
    created_date: str | Unset = UNSET
    modified_date: str | Unset = UNSET
    ap_fee: None | str | Unset = UNSET
    is_rtp: bool | Unset = UNSET
    merchant_id: int | Unset = UNSET
    location_id: int | None | Unset = UNSET
    user_account_id: int | None | Unset = UNSET
    customer_name: str | Unset = UNSET
    location_name: str | Unset = UNSET
    merchant_name: str | Unset = UNSET
    merchant_user_reputation: str | Unset = UNSET
    return_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.transaction_attributes import TransactionAttributes  # noqa: PLC0415

        amount = self.amount.to_dict()

        id = self.id

        status = self.status

        payment_type = self.payment_type

        user_id = self.user_id

        title = self.title

        reference_id: None | str | Unset
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = self.reference_id

        attributes: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, TransactionAttributes):
            attributes = self.attributes.to_dict()
        else:
            attributes = []
            for attributes_type_1_item_data in self.attributes:
                attributes_type_1_item = attributes_type_1_item_data.to_dict()
                attributes.append(attributes_type_1_item)

        created_date = self.created_date

        modified_date = self.modified_date

        ap_fee: None | str | Unset
        if isinstance(self.ap_fee, Unset):
            ap_fee = UNSET
        else:
            ap_fee = self.ap_fee

        is_rtp = self.is_rtp

        merchant_id = self.merchant_id

        location_id: int | None | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        user_account_id: int | None | Unset
        if isinstance(self.user_account_id, Unset):
            user_account_id = UNSET
        else:
            user_account_id = self.user_account_id

        customer_name = self.customer_name

        location_name = self.location_name

        merchant_name = self.merchant_name

        merchant_user_reputation = self.merchant_user_reputation

        return_code = self.return_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if title is not UNSET:
            field_dict["title"] = title
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if modified_date is not UNSET:
            field_dict["modifiedDate"] = modified_date
        if ap_fee is not UNSET:
            field_dict["apFee"] = ap_fee
        if is_rtp is not UNSET:
            field_dict["isRtp"] = is_rtp
        if merchant_id is not UNSET:
            field_dict["merchantId"] = merchant_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if user_account_id is not UNSET:
            field_dict["userAccountId"] = user_account_id
        if customer_name is not UNSET:
            field_dict["customerName"] = customer_name
        if location_name is not UNSET:
            field_dict["locationName"] = location_name
        if merchant_name is not UNSET:
            field_dict["merchantName"] = merchant_name
        if merchant_user_reputation is not UNSET:
            field_dict["merchantUserReputation"] = merchant_user_reputation
        if return_code is not UNSET:
            field_dict["returnCode"] = return_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute_item import AttributeItem  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415
        from ..models.transaction_attributes import TransactionAttributes  # noqa: PLC0415

        d = dict(src_dict)
        amount = Money.from_dict(d.pop("amount"))

        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        payment_type = d.pop("paymentType", UNSET)

        user_id = d.pop("userId", UNSET)

        title = d.pop("title", UNSET)

        def _parse_reference_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_id = _parse_reference_id(d.pop("referenceId", UNSET))

        def _parse_attributes(
            data: object,
        ) -> list[AttributeItem] | TransactionAttributes | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_0 = TransactionAttributes.from_dict(data)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            attributes_type_1 = []
            _attributes_type_1 = data
            for attributes_type_1_item_data in _attributes_type_1:
                attributes_type_1_item = AttributeItem.from_dict(
                    attributes_type_1_item_data
                )

                attributes_type_1.append(attributes_type_1_item)

            return attributes_type_1

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        created_date = d.pop("createdDate", UNSET)

        modified_date = d.pop("modifiedDate", UNSET)

        def _parse_ap_fee(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ap_fee = _parse_ap_fee(d.pop("apFee", UNSET))

        is_rtp = d.pop("isRtp", UNSET)

        merchant_id = d.pop("merchantId", UNSET)

        def _parse_location_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        location_id = _parse_location_id(d.pop("locationId", UNSET))

        def _parse_user_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_account_id = _parse_user_account_id(d.pop("userAccountId", UNSET))

        customer_name = d.pop("customerName", UNSET)

        location_name = d.pop("locationName", UNSET)

        merchant_name = d.pop("merchantName", UNSET)

        merchant_user_reputation = d.pop("merchantUserReputation", UNSET)

        return_code = d.pop("returnCode", UNSET)

        refund_transaction = cls(
            amount=amount,
            id=id,
            status=status,
            payment_type=payment_type,
            user_id=user_id,
            title=title,
            reference_id=reference_id,
            attributes=attributes,
            created_date=created_date,
            modified_date=modified_date,
            ap_fee=ap_fee,
            is_rtp=is_rtp,
            merchant_id=merchant_id,
            location_id=location_id,
            user_account_id=user_account_id,
            customer_name=customer_name,
            location_name=location_name,
            merchant_name=merchant_name,
            merchant_user_reputation=merchant_user_reputation,
            return_code=return_code,
        )

        refund_transaction.additional_properties = d
        return refund_transaction

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
