from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_holder import AccountHolder


T = TypeVar("T", bound="UserBankInfo")


@_attrs_define
class UserBankInfo:
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
        external_bank_account_id (None | str | Unset):
        account_holder_info (list[AccountHolder] | Unset):
        can_fetch_balance (bool | Unset):
        balance (int | Unset): Cents.
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
    external_bank_account_id: None | str | Unset = UNSET
    account_holder_info: list[AccountHolder] | Unset = UNSET
    can_fetch_balance: bool | Unset = UNSET
    balance: int | Unset = UNSET
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

        external_bank_account_id: None | str | Unset
        if isinstance(self.external_bank_account_id, Unset):
            external_bank_account_id = UNSET
        else:
            external_bank_account_id = self.external_bank_account_id

        account_holder_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.account_holder_info, Unset):
            account_holder_info = []
            for account_holder_info_item_data in self.account_holder_info:
                account_holder_info_item = account_holder_info_item_data.to_dict()
                account_holder_info.append(account_holder_info_item)

        can_fetch_balance = self.can_fetch_balance

        balance = self.balance

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
        if external_bank_account_id is not UNSET:
            field_dict["externalBankAccountId"] = external_bank_account_id
        if account_holder_info is not UNSET:
            field_dict["accountHolderInfo"] = account_holder_info
        if can_fetch_balance is not UNSET:
            field_dict["canFetchBalance"] = can_fetch_balance
        if balance is not UNSET:
            field_dict["balance"] = balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_holder import AccountHolder  # noqa: PLC0415

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

        def _parse_external_bank_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_bank_account_id = _parse_external_bank_account_id(
            d.pop("externalBankAccountId", UNSET)
        )

        _account_holder_info = d.pop("accountHolderInfo", UNSET)
        account_holder_info: list[AccountHolder] | Unset = UNSET
        if _account_holder_info is not UNSET:
            account_holder_info = []
            for account_holder_info_item_data in _account_holder_info:
                account_holder_info_item = AccountHolder.from_dict(
                    account_holder_info_item_data
                )

                account_holder_info.append(account_holder_info_item)

        can_fetch_balance = d.pop("canFetchBalance", UNSET)

        balance = d.pop("balance", UNSET)

        user_bank_info = cls(
            bank_account_id=bank_account_id,
            bank_name=bank_name,
            account_last_4=account_last_4,
            name=name,
            is_selected=is_selected,
            account_type=account_type,
            status=status,
            created_date=created_date,
            connection_id=connection_id,
            external_bank_account_id=external_bank_account_id,
            account_holder_info=account_holder_info,
            can_fetch_balance=can_fetch_balance,
            balance=balance,
        )

        user_bank_info.additional_properties = d
        return user_bank_info

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
