from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.success_flag_type_0 import SuccessFlagType0
from ..models.success_flag_type_1 import SuccessFlagType1
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumOrdered")


@_attrs_define
class NumOrdered:
    """
    Attributes:
        response (SuccessFlagType0 | SuccessFlagType1): `response` of a successful answer: `1` (documented) or `"1"`
            (accepted defensively by every wrapper).
            Modelled as two one-value enums, not `const`s: openapi-python-client 0.29.1 does not try the next branch
            of a union after a failed `const`.
        tzid (int):
        number (str | Unset): International format, e.g. `+79001234567` (only with `number=true`).
        country (int | Unset): Dialling code of the number (Rust client only).
        time (int | Unset): Time left for the operation (Rust client only; its mock answers 900, seconds).
        service (str | Unset): Service slug (Rust client only).
        title (str | Unset): Service title (Rust client only).
        response_text (str | Unset): Human-readable status text (Rust client only).
        guard_interval_remaining_seconds (int | Unset): Seconds until the operation may be closed or the number banned
            (the protective interval; Rust client only).
    """

    response: SuccessFlagType0 | SuccessFlagType1
    tzid: int
    number: str | Unset = UNSET
    country: int | Unset = UNSET
    time: int | Unset = UNSET
    service: str | Unset = UNSET
    title: str | Unset = UNSET
    response_text: str | Unset = UNSET
    guard_interval_remaining_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response: int | str
        if isinstance(self.response, SuccessFlagType0):
            response = self.response.value
        else:
            response = self.response.value

        tzid = self.tzid

        number = self.number

        country = self.country

        time = self.time

        service = self.service

        title = self.title

        response_text = self.response_text

        guard_interval_remaining_seconds = self.guard_interval_remaining_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "response": response,
                "tzid": tzid,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if country is not UNSET:
            field_dict["country"] = country
        if time is not UNSET:
            field_dict["time"] = time
        if service is not UNSET:
            field_dict["service"] = service
        if title is not UNSET:
            field_dict["title"] = title
        if response_text is not UNSET:
            field_dict["response_text"] = response_text
        if guard_interval_remaining_seconds is not UNSET:
            field_dict["guard_interval_remaining_seconds"] = (
                guard_interval_remaining_seconds
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_response(data: object) -> SuccessFlagType0 | SuccessFlagType1:
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_success_flag_type_0 = SuccessFlagType0(data)

                return componentsschemas_success_flag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_success_flag_type_1 = SuccessFlagType1(data)

            return componentsschemas_success_flag_type_1

        response = _parse_response(d.pop("response"))

        tzid = d.pop("tzid")

        number = d.pop("number", UNSET)

        country = d.pop("country", UNSET)

        time = d.pop("time", UNSET)

        service = d.pop("service", UNSET)

        title = d.pop("title", UNSET)

        response_text = d.pop("response_text", UNSET)

        guard_interval_remaining_seconds = d.pop(
            "guard_interval_remaining_seconds", UNSET
        )

        num_ordered = cls(
            response=response,
            tzid=tzid,
            number=number,
            country=country,
            time=time,
            service=service,
            title=title,
            response_text=response_text,
            guard_interval_remaining_seconds=guard_interval_remaining_seconds,
        )

        num_ordered.additional_properties = d
        return num_ordered

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
