from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConfirmUserRequest")


@_attrs_define
class ConfirmUserRequest:
    """
    Attributes:
        user_id (str):
        code (str): The one-time code (sandbox 000000).
        merchant_id (int | str): An integer in the schema; the docs example sends a string.
    """

    user_id: str
    code: str
    merchant_id: int | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        code = self.code

        merchant_id: int | str
        merchant_id = self.merchant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "code": code,
                "merchantId": merchant_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("userId")

        code = d.pop("code")

        def _parse_merchant_id(data: object) -> int | str:
            return cast(int | str, data)

        merchant_id = _parse_merchant_id(d.pop("merchantId"))

        confirm_user_request = cls(
            user_id=user_id,
            code=code,
            merchant_id=merchant_id,
        )

        confirm_user_request.additional_properties = d
        return confirm_user_request

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
