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

T = TypeVar("T", bound="LowDataWebhookOptIn")


@_attrs_define
class LowDataWebhookOptIn:
    """
    Attributes:
        type_ (Literal['webhook_low_data']):  Default: 'webhook_low_data'.
        webhook_url (str):
    """

    webhook_url: str
    type_: Literal["webhook_low_data"] = "webhook_low_data"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "webhook_url": webhook_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["webhook_low_data"], d.pop("type"))
        if type_ != "webhook_low_data":
            raise ValueError(f"type must match const 'webhook_low_data', got '{type_}'")

        webhook_url = d.pop("webhook_url")

        low_data_webhook_opt_in = cls(
            type_=type_,
            webhook_url=webhook_url,
        )

        low_data_webhook_opt_in.additional_properties = d
        return low_data_webhook_opt_in

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
