from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bank_account import BankAccount


T = TypeVar("T", bound="BankAccountsResponse")


@_attrs_define
class BankAccountsResponse:
    """
    Attributes:
        bank_accounts (list[BankAccount]):
    """

    bank_accounts: list[BankAccount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_accounts = []
        for bank_accounts_item_data in self.bank_accounts:
            bank_accounts_item = bank_accounts_item_data.to_dict()
            bank_accounts.append(bank_accounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bankAccounts": bank_accounts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_account import BankAccount  # noqa: PLC0415

        d = dict(src_dict)
        bank_accounts = []
        _bank_accounts = d.pop("bankAccounts")
        for bank_accounts_item_data in _bank_accounts:
            bank_accounts_item = BankAccount.from_dict(bank_accounts_item_data)

            bank_accounts.append(bank_accounts_item)

        bank_accounts_response = cls(
            bank_accounts=bank_accounts,
        )

        bank_accounts_response.additional_properties = d
        return bank_accounts_response

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
