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

T = TypeVar("T", bound="AsyncOrdersOptIn")


@_attrs_define
class AsyncOrdersOptIn:
    """
    Attributes:
        type_ (Literal['async_orders']):  Default: 'async_orders'.
        webhook_url (str): Must answer HEAD and POST with 200.
    """

    webhook_url: str
    type_: Literal["async_orders"] = "async_orders"
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
        type_ = cast(Literal["async_orders"], d.pop("type"))
        if type_ != "async_orders":
            raise ValueError(f"type must match const 'async_orders', got '{type_}'")

        webhook_url = d.pop("webhook_url")

        async_orders_opt_in = cls(
            type_=type_,
            webhook_url=webhook_url,
        )

        async_orders_opt_in.additional_properties = d
        return async_orders_opt_in

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
