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

from ..models.credit_limit_level import CreditLimitLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditLimitEmailOptIn")


@_attrs_define
class CreditLimitEmailOptIn:
    """
    Attributes:
        type_ (Literal['email_credit_limit']):  Default: 'email_credit_limit'.
        email (str):
        language (str | Unset):
        levels (list[CreditLimitLevel] | Unset):
    """

    email: str
    type_: Literal["email_credit_limit"] = "email_credit_limit"
    language: str | Unset = UNSET
    levels: list[CreditLimitLevel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        email = self.email

        language = self.language

        levels: list[int] | Unset = UNSET
        if not isinstance(self.levels, Unset):
            levels = []
            for levels_item_data in self.levels:
                levels_item = levels_item_data.value
                levels.append(levels_item)

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
        if levels is not UNSET:
            field_dict["levels"] = levels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["email_credit_limit"], d.pop("type"))
        if type_ != "email_credit_limit":
            raise ValueError(
                f"type must match const 'email_credit_limit', got '{type_}'"
            )

        email = d.pop("email")

        language = d.pop("language", UNSET)

        _levels = d.pop("levels", UNSET)
        levels: list[CreditLimitLevel] | Unset = UNSET
        if _levels is not UNSET:
            levels = []
            for levels_item_data in _levels:
                levels_item = CreditLimitLevel(levels_item_data)

                levels.append(levels_item)

        credit_limit_email_opt_in = cls(
            type_=type_,
            email=email,
            language=language,
            levels=levels,
        )

        credit_limit_email_opt_in.additional_properties = d
        return credit_limit_email_opt_in

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
