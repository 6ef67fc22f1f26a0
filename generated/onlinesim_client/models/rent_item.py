from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.day_prices import DayPrices
    from ..models.rent_message import RentMessage
    from ..models.rent_message_page import RentMessagePage


T = TypeVar("T", bound="RentItem")


@_attrs_define
class RentItem:
    """
    Attributes:
        tzid (int):
        status (int | Unset): 0 awaiting confirmation, 1 confirmed.
        extension (int | Unset): Auto-renew: 0 or 1.
        messages (list[RentMessage] | RentMessagePage | Unset):
        sum_ (float | str | Unset): A number, or a numeric string such as `"1674.540"` (decode as Decimal).
        country (int | Unset):
        checked_time (str | Unset):
        number (str | Unset): National part without the country code.
        rent (int | Unset): Days bought in total.
        time (int | Unset): Minutes left (legacy docs).
        days (int | Unset):
        hours (int | Unset):
        extend (DayPrices | list[Any] | Unset): Days → extension price; `[]` when auto-renew is off.
        checked (bool | Unset):
        reload (int | Unset): Legacy: 0 = port reboot available.
        day_extend (float | str | Unset): A number, or a numeric string such as `"1674.540"` (decode as Decimal).
        m_ext (bool | Unset):
        freeze (bool | Unset):
    """

    tzid: int
    status: int | Unset = UNSET
    extension: int | Unset = UNSET
    messages: list[RentMessage] | RentMessagePage | Unset = UNSET
    sum_: float | str | Unset = UNSET
    country: int | Unset = UNSET
    checked_time: str | Unset = UNSET
    number: str | Unset = UNSET
    rent: int | Unset = UNSET
    time: int | Unset = UNSET
    days: int | Unset = UNSET
    hours: int | Unset = UNSET
    extend: DayPrices | list[Any] | Unset = UNSET
    checked: bool | Unset = UNSET
    reload: int | Unset = UNSET
    day_extend: float | str | Unset = UNSET
    m_ext: bool | Unset = UNSET
    freeze: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.day_prices import DayPrices  # noqa: PLC0415
        from ..models.rent_message_page import RentMessagePage  # noqa: PLC0415

        tzid = self.tzid

        status = self.status

        extension = self.extension

        messages: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.messages, Unset):
            messages = UNSET
        elif isinstance(self.messages, RentMessagePage):
            messages = self.messages.to_dict()
        else:
            messages = []
            for messages_type_1_item_data in self.messages:
                messages_type_1_item = messages_type_1_item_data.to_dict()
                messages.append(messages_type_1_item)

        sum_: float | str | Unset
        if isinstance(self.sum_, Unset):
            sum_ = UNSET
        else:
            sum_ = self.sum_

        country = self.country

        checked_time = self.checked_time

        number = self.number

        rent = self.rent

        time = self.time

        days = self.days

        hours = self.hours

        extend: dict[str, Any] | list[Any] | Unset
        if isinstance(self.extend, Unset):
            extend = UNSET
        elif isinstance(self.extend, DayPrices):
            extend = self.extend.to_dict()
        else:
            extend = self.extend

        checked = self.checked

        reload = self.reload

        day_extend: float | str | Unset
        if isinstance(self.day_extend, Unset):
            day_extend = UNSET
        else:
            day_extend = self.day_extend

        m_ext = self.m_ext

        freeze = self.freeze

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tzid": tzid,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if extension is not UNSET:
            field_dict["extension"] = extension
        if messages is not UNSET:
            field_dict["messages"] = messages
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if country is not UNSET:
            field_dict["country"] = country
        if checked_time is not UNSET:
            field_dict["checked_time"] = checked_time
        if number is not UNSET:
            field_dict["number"] = number
        if rent is not UNSET:
            field_dict["rent"] = rent
        if time is not UNSET:
            field_dict["time"] = time
        if days is not UNSET:
            field_dict["days"] = days
        if hours is not UNSET:
            field_dict["hours"] = hours
        if extend is not UNSET:
            field_dict["extend"] = extend
        if checked is not UNSET:
            field_dict["checked"] = checked
        if reload is not UNSET:
            field_dict["reload"] = reload
        if day_extend is not UNSET:
            field_dict["day_extend"] = day_extend
        if m_ext is not UNSET:
            field_dict["m_ext"] = m_ext
        if freeze is not UNSET:
            field_dict["freeze"] = freeze

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.day_prices import DayPrices  # noqa: PLC0415
        from ..models.rent_message import RentMessage  # noqa: PLC0415
        from ..models.rent_message_page import RentMessagePage  # noqa: PLC0415

        d = dict(src_dict)
        tzid = d.pop("tzid")

        status = d.pop("status", UNSET)

        extension = d.pop("extension", UNSET)

        def _parse_messages(
            data: object,
        ) -> list[RentMessage] | RentMessagePage | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                messages_type_0 = RentMessagePage.from_dict(data)

                return messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            messages_type_1 = []
            _messages_type_1 = data
            for messages_type_1_item_data in _messages_type_1:
                messages_type_1_item = RentMessage.from_dict(messages_type_1_item_data)

                messages_type_1.append(messages_type_1_item)

            return messages_type_1

        messages = _parse_messages(d.pop("messages", UNSET))

        def _parse_sum_(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        sum_ = _parse_sum_(d.pop("sum", UNSET))

        country = d.pop("country", UNSET)

        checked_time = d.pop("checked_time", UNSET)

        number = d.pop("number", UNSET)

        rent = d.pop("rent", UNSET)

        time = d.pop("time", UNSET)

        days = d.pop("days", UNSET)

        hours = d.pop("hours", UNSET)

        def _parse_extend(data: object) -> DayPrices | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extend_type_0 = DayPrices.from_dict(data)

                return extend_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            extend_type_1 = cast(list[Any], data)

            return extend_type_1

        extend = _parse_extend(d.pop("extend", UNSET))

        checked = d.pop("checked", UNSET)

        reload = d.pop("reload", UNSET)

        def _parse_day_extend(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        day_extend = _parse_day_extend(d.pop("day_extend", UNSET))

        m_ext = d.pop("m_ext", UNSET)

        freeze = d.pop("freeze", UNSET)

        rent_item = cls(
            tzid=tzid,
            status=status,
            extension=extension,
            messages=messages,
            sum_=sum_,
            country=country,
            checked_time=checked_time,
            number=number,
            rent=rent,
            time=time,
            days=days,
            hours=hours,
            extend=extend,
            checked=checked,
            reload=reload,
            day_extend=day_extend,
            m_ext=m_ext,
            freeze=freeze,
        )

        rent_item.additional_properties = d
        return rent_item

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
