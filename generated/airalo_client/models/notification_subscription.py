from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationSubscription")


@_attrs_define
class NotificationSubscription:
    """
    Attributes:
        type_ (str | Unset): One of the NotificationType values.
        contact_point (str | Unset): Webhook URL or email address.
        language (str | Unset):
        levels (list[int] | Unset):
    """

    type_: str | Unset = UNSET
    contact_point: str | Unset = UNSET
    language: str | Unset = UNSET
    levels: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        contact_point = self.contact_point

        language = self.language

        levels: list[int] | Unset = UNSET
        if not isinstance(self.levels, Unset):
            levels = self.levels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if contact_point is not UNSET:
            field_dict["contact_point"] = contact_point
        if language is not UNSET:
            field_dict["language"] = language
        if levels is not UNSET:
            field_dict["levels"] = levels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        contact_point = d.pop("contact_point", UNSET)

        language = d.pop("language", UNSET)

        levels = cast(list[int], d.pop("levels", UNSET))

        notification_subscription = cls(
            type_=type_,
            contact_point=contact_point,
            language=language,
            levels=levels,
        )

        notification_subscription.additional_properties = d
        return notification_subscription

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
