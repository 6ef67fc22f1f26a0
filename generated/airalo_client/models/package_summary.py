from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PackageSummary")


@_attrs_define
class PackageSummary:
    """A package as listed by the top-up list and the package history.

    Attributes:
        id (str | Unset): Package slug.
        type_ (str | Unset): "sim" or "topup".
        price (float | str | Unset):
        net_price (float | str | Unset): In the package history; the Node typings also declare it for the top-up list
            (unverified).
        amount (int | Unset): MB.
        day (int | Unset):
        is_unlimited (bool | Unset):
        title (str | Unset):
        data (str | Unset):
        short_info (None | str | Unset):
        voice (int | None | Unset):
        text (int | None | Unset):
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    price: float | str | Unset = UNSET
    net_price: float | str | Unset = UNSET
    amount: int | Unset = UNSET
    day: int | Unset = UNSET
    is_unlimited: bool | Unset = UNSET
    title: str | Unset = UNSET
    data: str | Unset = UNSET
    short_info: None | str | Unset = UNSET
    voice: int | None | Unset = UNSET
    text: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        price: float | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        net_price: float | str | Unset
        if isinstance(self.net_price, Unset):
            net_price = UNSET
        else:
            net_price = self.net_price

        amount = self.amount

        day = self.day

        is_unlimited = self.is_unlimited

        title = self.title

        data = self.data

        short_info: None | str | Unset
        if isinstance(self.short_info, Unset):
            short_info = UNSET
        else:
            short_info = self.short_info

        voice: int | None | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        else:
            voice = self.voice

        text: int | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if price is not UNSET:
            field_dict["price"] = price
        if net_price is not UNSET:
            field_dict["net_price"] = net_price
        if amount is not UNSET:
            field_dict["amount"] = amount
        if day is not UNSET:
            field_dict["day"] = day
        if is_unlimited is not UNSET:
            field_dict["is_unlimited"] = is_unlimited
        if title is not UNSET:
            field_dict["title"] = title
        if data is not UNSET:
            field_dict["data"] = data
        if short_info is not UNSET:
            field_dict["short_info"] = short_info
        if voice is not UNSET:
            field_dict["voice"] = voice
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_net_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        net_price = _parse_net_price(d.pop("net_price", UNSET))

        amount = d.pop("amount", UNSET)

        day = d.pop("day", UNSET)

        is_unlimited = d.pop("is_unlimited", UNSET)

        title = d.pop("title", UNSET)

        data = d.pop("data", UNSET)

        def _parse_short_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_info = _parse_short_info(d.pop("short_info", UNSET))

        def _parse_voice(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        voice = _parse_voice(d.pop("voice", UNSET))

        def _parse_text(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        package_summary = cls(
            id=id,
            type_=type_,
            price=price,
            net_price=net_price,
            amount=amount,
            day=day,
            is_unlimited=is_unlimited,
            title=title,
            data=data,
            short_info=short_info,
            voice=voice,
            text=text,
        )

        package_summary.additional_properties = d
        return package_summary

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
