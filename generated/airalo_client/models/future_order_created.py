from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FutureOrderCreated")


@_attrs_define
class FutureOrderCreated:
    """
    Attributes:
        request_id (str): 25 characters.
        due_date (str | Unset): "Y-m-d H:i".
        latest_cancellation_date (str | Unset): "Y-m-d H:i"; due date minus 24 h.
    """

    request_id: str
    due_date: str | Unset = UNSET
    latest_cancellation_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        due_date = self.due_date

        latest_cancellation_date = self.latest_cancellation_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
            }
        )
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if latest_cancellation_date is not UNSET:
            field_dict["latest_cancellation_date"] = latest_cancellation_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id")

        due_date = d.pop("due_date", UNSET)

        latest_cancellation_date = d.pop("latest_cancellation_date", UNSET)

        future_order_created = cls(
            request_id=request_id,
            due_date=due_date,
            latest_cancellation_date=latest_cancellation_date,
        )

        future_order_created.additional_properties = d
        return future_order_created

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
