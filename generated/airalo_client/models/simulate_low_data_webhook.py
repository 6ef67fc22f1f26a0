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

from ..models.simulate_low_data_webhook_type import SimulateLowDataWebhookType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimulateLowDataWebhook")


@_attrs_define
class SimulateLowDataWebhook:
    """
    Attributes:
        event (Literal['low_data_notification']):  Default: 'low_data_notification'.
        type_ (SimulateLowDataWebhookType): data_75, data_90, expire_1 or expire_3.
        iccid (str | Unset):
        webhook_url (str | Unset): Overrides the target and skips the opt-in check.
    """

    type_: SimulateLowDataWebhookType
    event: Literal["low_data_notification"] = "low_data_notification"
    iccid: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        type_ = self.type_.value

        iccid = self.iccid

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "type": type_,
            }
        )
        if iccid is not UNSET:
            field_dict["iccid"] = iccid
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = cast(Literal["low_data_notification"], d.pop("event"))
        if event != "low_data_notification":
            raise ValueError(
                f"event must match const 'low_data_notification', got '{event}'"
            )

        type_ = SimulateLowDataWebhookType(d.pop("type"))

        iccid = d.pop("iccid", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        simulate_low_data_webhook = cls(
            event=event,
            type_=type_,
            iccid=iccid,
            webhook_url=webhook_url,
        )

        simulate_low_data_webhook.additional_properties = d
        return simulate_low_data_webhook

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
