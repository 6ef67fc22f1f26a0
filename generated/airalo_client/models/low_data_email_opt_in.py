from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LowDataEmailOptIn")


@_attrs_define
class LowDataEmailOptIn:
    """
    Attributes:
        type_ (Literal['email_low_data']):  Default: 'email_low_data'.
        email (str): One back-office address.
        language (str | Unset): e.g. "en".
    """

    email: str
    type_: Literal["email_low_data"] = "email_low_data"
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        email = self.email

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "email": email,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["email_low_data"], d.pop("type"))
        if type_ != "email_low_data":
            raise ValueError(f"type must match const 'email_low_data', got '{type_}'")

        email = d.pop("email")

        language = d.pop("language", UNSET)

        low_data_email_opt_in = cls(
            type_=type_,
            email=email,
            language=language,
        )

        low_data_email_opt_in.additional_properties = d
        return low_data_email_opt_in

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
