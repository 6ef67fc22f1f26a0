from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction_refunded_data import TransactionRefundedData


T = TypeVar("T", bound="TransactionRefundedWebhook")


@_attrs_define
class TransactionRefundedWebhook:
    """
    Attributes:
        topic (str):
        data (TransactionRefundedData):
        payload_version (str | Unset): "2.0"
        date (str | Unset): YYYY-MM-DD HH:MM:SS; makes the signed content unique.
    """

    topic: str
    data: TransactionRefundedData
    payload_version: str | Unset = UNSET
    date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic = self.topic

        data = self.data.to_dict()

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
        from ..models.transaction_refunded_data import TransactionRefundedData  # noqa: PLC0415

        d = dict(src_dict)
        topic = d.pop("topic")

        data = TransactionRefundedData.from_dict(d.pop("data"))

        payload_version = d.pop("payloadVersion", UNSET)

        date = d.pop("date", UNSET)

        transaction_refunded_webhook = cls(
            topic=topic,
            data=data,
            payload_version=payload_version,
            date=date,
        )

        transaction_refunded_webhook.additional_properties = d
        return transaction_refunded_webhook

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
