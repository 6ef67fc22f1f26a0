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


T = TypeVar("T", bound="PreauthTransaction")


@_attrs_define
class PreauthTransaction:
    """status: live, pending, canceled, completed.

    Attributes:
        id (str):
        amount (Money): Integer cents; USD only. (v1 used dollar strings such as "10.00".)
        status (str):
        user_id (str | Unset):
        description (str | Unset):
        attributes (list[AttributeItem] | TransactionAttributes | Unset): An object on create; usually an array of
            `{name, value, description}` on GET.
        created_date (str | Unset):
        expiry_date (None | str | Unset):
        user_name (str | Unset):
        user_email (str | Unset):
        merchant_id (int | Unset):
        user_account_id (int | None | Unset):
        location_id (int | None | Unset):
        reference_id (None | str | Unset):
        transaction_id (None | str | Unset): The payment's id once captured (lists).
        merchant_account_id (int | Unset):
        merchant_location_id (int | Unset):
    """

    id: str
    amount: Money
    status: str
    user_id: str | Unset = UNSET
    description: str | Unset = UNSET
    attributes: list[AttributeItem] | TransactionAttributes | Unset = UNSET
    created_date: str | Unset = UNSET
    expiry_date: None | str | Unset = UNSET
    user_name: str | Unset = UNSET
    user_email: str | Unset = UNSET
    merchant_id: int | Unset = UNSET
    user_account_id: int | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    reference_id: None | str | Unset = UNSET
    transaction_id: None | str | Unset = UNSET
    merchant_account_id: int | Unset = UNSET
    merchant_location_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.transaction_attributes import TransactionAttributes  # noqa: PLC0415

        id = self.id

        amount = self.amount.to_dict()

        status = self.status

        user_id = self.user_id

        description = self.description

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

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = self.expiry_date

        user_name = self.user_name

        user_email = self.user_email

        merchant_id = self.merchant_id

        user_account_id: int | None | Unset
        if isinstance(self.user_account_id, Unset):
            user_account_id = UNSET
        else:
            user_account_id = self.user_account_id

        location_id: int | None | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        reference_id: None | str | Unset
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = self.reference_id

        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = self.transaction_id

        merchant_account_id = self.merchant_account_id

        merchant_location_id = self.merchant_location_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "amount": amount,
                "status": status,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if description is not UNSET:
            field_dict["description"] = description
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if user_email is not UNSET:
            field_dict["userEmail"] = user_email
        if merchant_id is not UNSET:
            field_dict["merchantId"] = merchant_id
        if user_account_id is not UNSET:
            field_dict["userAccountId"] = user_account_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if merchant_account_id is not UNSET:
            field_dict["merchantAccountId"] = merchant_account_id
        if merchant_location_id is not UNSET:
            field_dict["merchantLocationId"] = merchant_location_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute_item import AttributeItem  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415
        from ..models.transaction_attributes import TransactionAttributes  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        amount = Money.from_dict(d.pop("amount"))

        status = d.pop("status")

        user_id = d.pop("userId", UNSET)

        description = d.pop("description", UNSET)

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

        def _parse_expiry_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiry_date = _parse_expiry_date(d.pop("expiryDate", UNSET))

        user_name = d.pop("userName", UNSET)

        user_email = d.pop("userEmail", UNSET)

        merchant_id = d.pop("merchantId", UNSET)

        def _parse_user_account_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_account_id = _parse_user_account_id(d.pop("userAccountId", UNSET))

        def _parse_location_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        location_id = _parse_location_id(d.pop("locationId", UNSET))

        def _parse_reference_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_id = _parse_reference_id(d.pop("referenceId", UNSET))

        def _parse_transaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_id = _parse_transaction_id(d.pop("transactionId", UNSET))

        merchant_account_id = d.pop("merchantAccountId", UNSET)

        merchant_location_id = d.pop("merchantLocationId", UNSET)

        preauth_transaction = cls(
            id=id,
            amount=amount,
            status=status,
            user_id=user_id,
            description=description,
            attributes=attributes,
            created_date=created_date,
            expiry_date=expiry_date,
            user_name=user_name,
            user_email=user_email,
            merchant_id=merchant_id,
            user_account_id=user_account_id,
            location_id=location_id,
            reference_id=reference_id,
            transaction_id=transaction_id,
            merchant_account_id=merchant_account_id,
            merchant_location_id=merchant_location_id,
        )

        preauth_transaction.additional_properties = d
        return preauth_transaction

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
