from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation_status_type_0 import OperationStatusType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.msg_entry import MsgEntry


T = TypeVar("T", bound="StateItem")


@_attrs_define
class StateItem:
    """
    Attributes:
        tzid (int):
        response (OperationStatusType0 | str): Operation status inside getState items (open-ended: unknown statuses
            arrive as strings).
        service (str | Unset):
        number (str | Unset): International format (`+46...`).
        msg (bool | list[MsgEntry] | str | Unset): `false` (nothing yet), the message (or code), or with `msg_list=1`
            every message.
        time (int | Unset): Seconds left.
        form (str | Unset):
        country (int | Unset):
        sum_ (float | str | Unset): A number, or a numeric string such as `"1674.540"` (decode as Decimal).
        response_text (str | Unset): Human-readable status text (Rust client only).
        title (str | Unset): Service title (Rust client only).
        guard_interval_remaining_seconds (int | Unset): Seconds left of the protective interval before the operation may
            be closed or the number banned (Rust client only).
    """

    tzid: int
    response: OperationStatusType0 | str
    service: str | Unset = UNSET
    number: str | Unset = UNSET
    msg: bool | list[MsgEntry] | str | Unset = UNSET
    time: int | Unset = UNSET
    form: str | Unset = UNSET
    country: int | Unset = UNSET
    sum_: float | str | Unset = UNSET
    response_text: str | Unset = UNSET
    title: str | Unset = UNSET
    guard_interval_remaining_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tzid = self.tzid

        response: str
        if isinstance(self.response, OperationStatusType0):
            response = self.response.value
        else:
            response = self.response

        service = self.service

        number = self.number

        msg: bool | list[dict[str, Any]] | str | Unset
        if isinstance(self.msg, Unset):
            msg = UNSET
        elif isinstance(self.msg, list):
            msg = []
            for msg_type_2_item_data in self.msg:
                msg_type_2_item = msg_type_2_item_data.to_dict()
                msg.append(msg_type_2_item)

        else:
            msg = self.msg

        time = self.time

        form = self.form

        country = self.country

        sum_: float | str | Unset
        if isinstance(self.sum_, Unset):
            sum_ = UNSET
        else:
            sum_ = self.sum_

        response_text = self.response_text

        title = self.title

        guard_interval_remaining_seconds = self.guard_interval_remaining_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tzid": tzid,
                "response": response,
            }
        )
        if service is not UNSET:
            field_dict["service"] = service
        if number is not UNSET:
            field_dict["number"] = number
        if msg is not UNSET:
            field_dict["msg"] = msg
        if time is not UNSET:
            field_dict["time"] = time
        if form is not UNSET:
            field_dict["form"] = form
        if country is not UNSET:
            field_dict["country"] = country
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if response_text is not UNSET:
            field_dict["response_text"] = response_text
        if title is not UNSET:
            field_dict["title"] = title
        if guard_interval_remaining_seconds is not UNSET:
            field_dict["guard_interval_remaining_seconds"] = (
                guard_interval_remaining_seconds
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.msg_entry import MsgEntry  # noqa: PLC0415

        d = dict(src_dict)
        tzid = d.pop("tzid")

        def _parse_response(data: object) -> OperationStatusType0 | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_operation_status_type_0 = OperationStatusType0(data)

                return componentsschemas_operation_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OperationStatusType0 | str, data)

        response = _parse_response(d.pop("response"))

        service = d.pop("service", UNSET)

        number = d.pop("number", UNSET)

        def _parse_msg(data: object) -> bool | list[MsgEntry] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                msg_type_2 = []
                _msg_type_2 = data
                for msg_type_2_item_data in _msg_type_2:
                    msg_type_2_item = MsgEntry.from_dict(msg_type_2_item_data)

                    msg_type_2.append(msg_type_2_item)

                return msg_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | list[MsgEntry] | str | Unset, data)

        msg = _parse_msg(d.pop("msg", UNSET))

        time = d.pop("time", UNSET)

        form = d.pop("form", UNSET)

        country = d.pop("country", UNSET)

        def _parse_sum_(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        sum_ = _parse_sum_(d.pop("sum", UNSET))

        response_text = d.pop("response_text", UNSET)

        title = d.pop("title", UNSET)

        guard_interval_remaining_seconds = d.pop(
            "guard_interval_remaining_seconds", UNSET
        )

        state_item = cls(
            tzid=tzid,
            response=response,
            service=service,
            number=number,
            msg=msg,
            time=time,
            form=form,
            country=country,
            sum_=sum_,
            response_text=response_text,
            title=title,
            guard_interval_remaining_seconds=guard_interval_remaining_seconds,
        )

        state_item.additional_properties = d
        return state_item

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
