from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_reputation import UserReputation


T = TypeVar("T", bound="ReputationWebhook")


@_attrs_define
class ReputationWebhook:
    """
    Attributes:
        topic (str):
        data (list[UserReputation]):
        payload_version (str | Unset): "2.0"
        date (str | Unset): YYYY-MM-DD HH:MM:SS; makes the signed content unique.
    """

    topic: str
    data: list[UserReputation]
    payload_version: str | Unset = UNSET
    date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic = self.topic

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        payload_version = self.payload_version

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic": topic,
                "data": data,
            }
        )
        if payload_version is not UNSET:
            field_dict["payloadVersion"] = payload_version
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_reputation import UserReputation  # noqa: PLC0415

        d = dict(src_dict)
        topic = d.pop("topic")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = UserReputation.from_dict(data_item_data)

            data.append(data_item)

        payload_version = d.pop("payloadVersion", UNSET)

        date = d.pop("date", UNSET)

        reputation_webhook = cls(
            topic=topic,
            data=data,
            payload_version=payload_version,
            date=date,
        )

        reputation_webhook.additional_properties = d
        return reputation_webhook

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
