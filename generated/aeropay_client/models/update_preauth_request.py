from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.transaction_attributes import TransactionAttributes


T = TypeVar("T", bound="UpdatePreauthRequest")


@_attrs_define
class UpdatePreauthRequest:
    """
    Attributes:
        amount (Money | Unset): Integer cents; USD only. (v1 used dollar strings such as "10.00".)
        attributes (TransactionAttributes | Unset): `tip`, `invoice`, or custom names mapping to `{value, description}`.
    """

    amount: Money | Unset = UNSET
    attributes: TransactionAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415
        from ..models.transaction_attributes import TransactionAttributes  # noqa: PLC0415

        d = dict(src_dict)
        _amount = d.pop("amount", UNSET)
        amount: Money | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Money.from_dict(_amount)

        _attributes = d.pop("attributes", UNSET)
        attributes: TransactionAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = TransactionAttributes.from_dict(_attributes)

        update_preauth_request = cls(
            amount=amount,
            attributes=attributes,
        )

        update_preauth_request.additional_properties = d
        return update_preauth_request

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
