from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_transaction_request_exception_scenario import (
    CreateTransactionRequestExceptionScenario,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.transaction_attributes import TransactionAttributes


T = TypeVar("T", bound="CreateTransactionRequest")


@_attrs_define
class CreateTransactionRequest:
    """
    Attributes:
        merchant_id (int):
        amount (Money): Integer cents; USD only. (v1 used dollar strings such as "10.00".)
        bank_account_id (int | Unset): Default: the user's selected account.
        reference_id (str | Unset):
        attributes (TransactionAttributes | Unset): `tip`, `invoice`, or custom names mapping to `{value, description}`.
        exception_scenario (CreateTransactionRequestExceptionScenario | Unset): Sandbox test trigger only (reference
            §10); production ignores or refuses it (unverified).
    """

    merchant_id: int
    amount: Money
    bank_account_id: int | Unset = UNSET
    reference_id: str | Unset = UNSET
    attributes: TransactionAttributes | Unset = UNSET
    exception_scenario: CreateTransactionRequestExceptionScenario | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_id = self.merchant_id

        amount = self.amount.to_dict()

        bank_account_id = self.bank_account_id

        reference_id = self.reference_id

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        exception_scenario: str | Unset = UNSET
        if not isinstance(self.exception_scenario, Unset):
            exception_scenario = self.exception_scenario.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merchantId": merchant_id,
                "amount": amount,
            }
        )
        if bank_account_id is not UNSET:
            field_dict["bankAccountId"] = bank_account_id
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if exception_scenario is not UNSET:
            field_dict["exceptionScenario"] = exception_scenario

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415
        from ..models.transaction_attributes import TransactionAttributes  # noqa: PLC0415

        d = dict(src_dict)
        merchant_id = d.pop("merchantId")

        amount = Money.from_dict(d.pop("amount"))

        bank_account_id = d.pop("bankAccountId", UNSET)

        reference_id = d.pop("referenceId", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: TransactionAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = TransactionAttributes.from_dict(_attributes)

        _exception_scenario = d.pop("exceptionScenario", UNSET)
        exception_scenario: CreateTransactionRequestExceptionScenario | Unset
        if isinstance(_exception_scenario, Unset):
            exception_scenario = UNSET
        else:
            exception_scenario = CreateTransactionRequestExceptionScenario(
                _exception_scenario
            )

        create_transaction_request = cls(
            merchant_id=merchant_id,
            amount=amount,
            bank_account_id=bank_account_id,
            reference_id=reference_id,
            attributes=attributes,
            exception_scenario=exception_scenario,
        )

        create_transaction_request.additional_properties = d
        return create_transaction_request

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
