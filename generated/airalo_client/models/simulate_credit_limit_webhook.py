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

T = TypeVar("T", bound="SimulateCreditLimitWebhook")


@_attrs_define
class SimulateCreditLimitWebhook:
    """
    Attributes:
        event (Literal['credit_limit_notification']):  Default: 'credit_limit_notification'.
        level (CreditLimitLevel):
        iccid (str | Unset): Optional for every event (reference §8).
        webhook_url (str | Unset):
    """

    level: CreditLimitLevel
    event: Literal["credit_limit_notification"] = "credit_limit_notification"
    iccid: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        level = self.level.value

        iccid = self.iccid

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "level": level,
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
        event = cast(Literal["credit_limit_notification"], d.pop("event"))
        if event != "credit_limit_notification":
            raise ValueError(
                f"event must match const 'credit_limit_notification', got '{event}'"
            )

        level = CreditLimitLevel(d.pop("level"))

        iccid = d.pop("iccid", UNSET)

        webhook_url = d.pop("webhook_url", UNSET)

        simulate_credit_limit_webhook = cls(
            event=event,
            level=level,
            iccid=iccid,
            webhook_url=webhook_url,
        )

        simulate_credit_limit_webhook.additional_properties = d
        return simulate_credit_limit_webhook

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
