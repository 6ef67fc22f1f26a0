from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankAccount")


@_attrs_define
class BankAccount:
    """
    Attributes:
        bank_account_id (int):
        bank_name (str | Unset):
        account_last_4 (str | Unset):
        name (str | Unset):
        is_selected (bool | Unset):
        account_type (str | Unset): checking
        status (None | str | Unset): verified; sometimes the string None.
        created_date (str | Unset):
        connection_id (str | Unset): Aerosync connections only.
    """

    bank_account_id: int
    bank_name: str | Unset = UNSET
    account_last_4: str | Unset = UNSET
    name: str | Unset = UNSET
    is_selected: bool | Unset = UNSET
    account_type: str | Unset = UNSET
    status: None | str | Unset = UNSET
    created_date: str | Unset = UNSET
    connection_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_account_id = self.bank_account_id

        bank_name = self.bank_name

        account_last_4 = self.account_last_4

        name = self.name

        is_selected = self.is_selected

        account_type = self.account_type

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        created_date = self.created_date

        connection_id = self.connection_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bankAccountId": bank_account_id,
            }
        )
        if bank_name is not UNSET:
            field_dict["bankName"] = bank_name
        if account_last_4 is not UNSET:
            field_dict["accountLast4"] = account_last_4
        if name is not UNSET:
            field_dict["name"] = name
        if is_selected is not UNSET:
            field_dict["isSelected"] = is_selected
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if status is not UNSET:
            field_dict["status"] = status
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if connection_id is not UNSET:
            field_dict["connectionId"] = connection_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bank_account_id = d.pop("bankAccountId")

        bank_name = d.pop("bankName", UNSET)

        account_last_4 = d.pop("accountLast4", UNSET)

        name = d.pop("name", UNSET)

        is_selected = d.pop("isSelected", UNSET)

        account_type = d.pop("accountType", UNSET)

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        created_date = d.pop("createdDate", UNSET)

        connection_id = d.pop("connectionId", UNSET)

        bank_account = cls(
            bank_account_id=bank_account_id,
            bank_name=bank_name,
            account_last_4=account_last_4,
            name=name,
            is_selected=is_selected,
            account_type=account_type,
            status=status,
            created_date=created_date,
            connection_id=connection_id,
        )

        bank_account.additional_properties = d
        return bank_account

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
