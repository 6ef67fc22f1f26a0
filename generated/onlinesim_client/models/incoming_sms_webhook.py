from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IncomingSmsWebhook")


@_attrs_define
class IncomingSmsWebhook:
    """
    Attributes:
        user_id (int | str | Unset):
        country_code (int | str | Unset):
        number (int | str | Unset):
        sender (str | Unset):
        message (str | Unset):
        time_start (str | Unset):
        time_left (int | str | Unset): Minutes left (Rust wrapper).
        operation_id (int | str | Unset):
        code (None | str | Unset):
        webhook_type (str | Unset): `receiving_sms` or `rent_sms`.
    """

    user_id: int | str | Unset = UNSET
    country_code: int | str | Unset = UNSET
    number: int | str | Unset = UNSET
    sender: str | Unset = UNSET
    message: str | Unset = UNSET
    time_start: str | Unset = UNSET
    time_left: int | str | Unset = UNSET
    operation_id: int | str | Unset = UNSET
    code: None | str | Unset = UNSET
    webhook_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id: int | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        country_code: int | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        number: int | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        sender = self.sender

        message = self.message

        time_start = self.time_start

        time_left: int | str | Unset
        if isinstance(self.time_left, Unset):
            time_left = UNSET
        else:
            time_left = self.time_left

        operation_id: int | str | Unset
        if isinstance(self.operation_id, Unset):
            operation_id = UNSET
        else:
            operation_id = self.operation_id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        webhook_type = self.webhook_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if number is not UNSET:
            field_dict["number"] = number
        if sender is not UNSET:
            field_dict["sender"] = sender
        if message is not UNSET:
            field_dict["message"] = message
        if time_start is not UNSET:
            field_dict["time_start"] = time_start
        if time_left is not UNSET:
            field_dict["time_left"] = time_left
        if operation_id is not UNSET:
            field_dict["operation_id"] = operation_id
        if code is not UNSET:
            field_dict["code"] = code
        if webhook_type is not UNSET:
            field_dict["webhook_type"] = webhook_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_user_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_country_code(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_number(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        sender = d.pop("sender", UNSET)

        message = d.pop("message", UNSET)

        time_start = d.pop("time_start", UNSET)

        def _parse_time_left(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        time_left = _parse_time_left(d.pop("time_left", UNSET))

        def _parse_operation_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        operation_id = _parse_operation_id(d.pop("operation_id", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        webhook_type = d.pop("webhook_type", UNSET)

        incoming_sms_webhook = cls(
            user_id=user_id,
            country_code=country_code,
            number=number,
            sender=sender,
            message=message,
            time_start=time_start,
            time_left=time_left,
            operation_id=operation_id,
            code=code,
            webhook_type=webhook_type,
        )

        incoming_sms_webhook.additional_properties = d
        return incoming_sms_webhook

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
