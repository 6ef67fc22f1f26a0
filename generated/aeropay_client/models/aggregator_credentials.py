from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AggregatorCredentials")


@_attrs_define
class AggregatorCredentials:
    """
    Attributes:
        fastlink_url (str):
        token (str):
        username (str | Unset):
    """

    fastlink_url: str
    token: str
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fastlink_url = self.fastlink_url

        token = self.token

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fastlinkURL": fastlink_url,
                "token": token,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fastlink_url = d.pop("fastlinkURL")

        token = d.pop("token")

        username = d.pop("username", UNSET)

        aggregator_credentials = cls(
            fastlink_url=fastlink_url,
            token=token,
            username=username,
        )

        aggregator_credentials.additional_properties = d
        return aggregator_credentials

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
