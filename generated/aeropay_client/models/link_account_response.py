from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_bank_info import UserBankInfo


T = TypeVar("T", bound="LinkAccountResponse")


@_attrs_define
class LinkAccountResponse:
    """
    Attributes:
        user_bank_info (UserBankInfo):
    """

    user_bank_info: UserBankInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_bank_info = self.user_bank_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userBankInfo": user_bank_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_bank_info import UserBankInfo  # noqa: PLC0415

        d = dict(src_dict)
        user_bank_info = UserBankInfo.from_dict(d.pop("userBankInfo"))

        link_account_response = cls(
            user_bank_info=user_bank_info,
        )

        link_account_response.additional_properties = d
        return link_account_response

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
