from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="ReverseTransactionRequest")


@_attrs_define
class ReverseTransactionRequest:
    """
    Attributes:
        id (str): The transaction's UUID.
        amount (Money | Unset): Integer cents; USD only. (v1 used dollar strings such as "10.00".)
        uuid (str | Unset): Client UUIDv4 naming the reversal (AP314 if it already exists).
        reference_id (str | Unset):
    """

    id: str
    amount: Money | Unset = UNSET
    uuid: str | Unset = UNSET
    reference_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        uuid = self.uuid

        reference_id = self.reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _amount = d.pop("amount", UNSET)
        amount: Money | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Money.from_dict(_amount)

        uuid = d.pop("uuid", UNSET)

        reference_id = d.pop("referenceId", UNSET)

        reverse_transaction_request = cls(
            id=id,
            amount=amount,
            uuid=uuid,
            reference_id=reference_id,
        )

        reverse_transaction_request.additional_properties = d
        return reverse_transaction_request

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
