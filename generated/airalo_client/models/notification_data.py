from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_subscription import NotificationSubscription


T = TypeVar("T", bound="NotificationData")


@_attrs_define
class NotificationData:
    """
    Attributes:
        notification (NotificationSubscription | Unset):
    """

    notification: NotificationSubscription | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification, Unset):
            notification = self.notification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification is not UNSET:
            field_dict["notification"] = notification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_subscription import NotificationSubscription  # noqa: PLC0415

        d = dict(src_dict)
        _notification = d.pop("notification", UNSET)
        notification: NotificationSubscription | Unset
        if isinstance(_notification, Unset):
            notification = UNSET
        else:
            notification = NotificationSubscription.from_dict(_notification)

        notification_data = cls(
            notification=notification,
        )

        notification_data.additional_properties = d
        return notification_data

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
