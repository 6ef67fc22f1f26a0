from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSubscription")


@_attrs_define
class WebhookSubscription:
    """
    Attributes:
        id (int | str): An integer; deleted subscriptions come back with string ids.
        topic (str):
        url (str):
        payload_version (str | Unset): "2.0"
    """

    id: int | str
    topic: str
    url: str
    payload_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        topic = self.topic

        url = self.url

        payload_version = self.payload_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "topic": topic,
                "url": url,
            }
        )
        if payload_version is not UNSET:
            field_dict["payloadVersion"] = payload_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        topic = d.pop("topic")

        url = d.pop("url")

        payload_version = d.pop("payloadVersion", UNSET)

        webhook_subscription = cls(
            id=id,
            topic=topic,
            url=url,
            payload_version=payload_version,
        )

        webhook_subscription.additional_properties = d
        return webhook_subscription

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
