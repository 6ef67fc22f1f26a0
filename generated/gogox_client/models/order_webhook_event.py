from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order import Order


T = TypeVar("T", bound="OrderWebhookEvent")


@_attrs_define
class OrderWebhookEvent:
    """Payload POSTed to the registered webhook URL for every order event.

    Attributes:
        kinds (list[str]): Event names. Known values - `order_created`, `order_matched`, `order_released`,
            `amendment_added`,
            `order_completed`, `order_cancelled`.
        data (Order): Transport (and, unverified, delivery) order. Newer payloads carry `id` and `nid`; older ones only
            `uuid`.
        reasons (list[str] | Unset): Human-readable reasons, e.g. "Order Available on Platform".
        created_at (int | str | Unset): Event time - ISO-8601 string on the Hong Kong webhooks page, integer (epoch
            seconds) on the Singapore page.
    """

    kinds: list[str]
    data: Order
    reasons: list[str] | Unset = UNSET
    created_at: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kinds = self.kinds

        data = self.data.to_dict()

        reasons: list[str] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = self.reasons

        created_at: int | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kinds": kinds,
                "data": data,
            }
        )
        if reasons is not UNSET:
            field_dict["reasons"] = reasons
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order import Order  # noqa: PLC0415

        d = dict(src_dict)
        kinds = cast(list[str], d.pop("kinds"))

        data = Order.from_dict(d.pop("data"))

        reasons = cast(list[str], d.pop("reasons", UNSET))

        def _parse_created_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        order_webhook_event = cls(
            kinds=kinds,
            data=data,
            reasons=reasons,
            created_at=created_at,
        )

        order_webhook_event.additional_properties = d
        return order_webhook_event

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
