from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FutureOrder")


@_attrs_define
class FutureOrder:
    """
    Attributes:
        request_id (str):
        quantity (int | str | Unset):
        description (None | str | Unset):
        status (str | Unset): pending, failed or retry.
        package_id (str | Unset):
        due_date (str | Unset): "Y-m-d H:i".
        latest_cancellation_date (str | Unset): "Y-m-d H:i".
    """

    request_id: str
    quantity: int | str | Unset = UNSET
    description: None | str | Unset = UNSET
    status: str | Unset = UNSET
    package_id: str | Unset = UNSET
    due_date: str | Unset = UNSET
    latest_cancellation_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        quantity: int | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status = self.status

        package_id = self.package_id

        due_date = self.due_date

        latest_cancellation_date = self.latest_cancellation_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if package_id is not UNSET:
            field_dict["package_id"] = package_id
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if latest_cancellation_date is not UNSET:
            field_dict["latest_cancellation_date"] = latest_cancellation_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id")

        def _parse_quantity(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        status = d.pop("status", UNSET)

        package_id = d.pop("package_id", UNSET)

        due_date = d.pop("due_date", UNSET)

        latest_cancellation_date = d.pop("latest_cancellation_date", UNSET)

        future_order = cls(
            request_id=request_id,
            quantity=quantity,
            description=description,
            status=status,
            package_id=package_id,
            due_date=due_date,
            latest_cancellation_date=latest_cancellation_date,
        )

        future_order.additional_properties = d
        return future_order

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
