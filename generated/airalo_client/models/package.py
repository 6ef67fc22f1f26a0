from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_prices import PackagePrices


T = TypeVar("T", bound="Package")


@_attrs_define
class Package:
    """A package (eSIM plan or top-up) in the catalogue.

    Attributes:
        id (str): Package slug, e.g. "kallur-digital-7days-1gb"; top-up slugs usually end in "-topup".
        type_ (str | Unset): "sim" or "topup".
        price (float | str | Unset): Recommended retail price in USD (integer or float).
        net_price (float | str | Unset): Wholesale price in USD (integer or float).
        prices (PackagePrices | Unset): Prices in other currencies (refreshed daily at 00:00 UTC).
        amount (int | Unset): Data in MB (0 for unlimited).
        day (int | Unset): Validity in days.
        is_unlimited (bool | Unset):
        title (str | Unset):
        short_info (None | str | Unset):
        qr_installation (str | Unset): HTML.
        manual_installation (str | Unset): HTML.
        is_fair_usage_policy (bool | None | Unset):
        fair_usage_policy (None | str | Unset):
        data (str | Unset): e.g. "1 GB".
        voice (int | None | Unset): Minutes.
        text (int | None | Unset): SMS.
    """

    id: str
    type_: str | Unset = UNSET
    price: float | str | Unset = UNSET
    net_price: float | str | Unset = UNSET
    prices: PackagePrices | Unset = UNSET
    amount: int | Unset = UNSET
    day: int | Unset = UNSET
    is_unlimited: bool | Unset = UNSET
    title: str | Unset = UNSET
    short_info: None | str | Unset = UNSET
    qr_installation: str | Unset = UNSET
    manual_installation: str | Unset = UNSET
    is_fair_usage_policy: bool | None | Unset = UNSET
    fair_usage_policy: None | str | Unset = UNSET
    data: str | Unset = UNSET
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

        prices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prices, Unset):
            prices = self.prices.to_dict()

        amount = self.amount

        day = self.day

        is_unlimited = self.is_unlimited

        title = self.title

        short_info: None | str | Unset
        if isinstance(self.short_info, Unset):
            short_info = UNSET
        else:
            short_info = self.short_info

        qr_installation = self.qr_installation

        manual_installation = self.manual_installation

        is_fair_usage_policy: bool | None | Unset
        if isinstance(self.is_fair_usage_policy, Unset):
            is_fair_usage_policy = UNSET
        else:
            is_fair_usage_policy = self.is_fair_usage_policy

        fair_usage_policy: None | str | Unset
        if isinstance(self.fair_usage_policy, Unset):
            fair_usage_policy = UNSET
        else:
            fair_usage_policy = self.fair_usage_policy

        data = self.data

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
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if price is not UNSET:
            field_dict["price"] = price
        if net_price is not UNSET:
            field_dict["net_price"] = net_price
        if prices is not UNSET:
            field_dict["prices"] = prices
        if amount is not UNSET:
            field_dict["amount"] = amount
        if day is not UNSET:
            field_dict["day"] = day
        if is_unlimited is not UNSET:
            field_dict["is_unlimited"] = is_unlimited
        if title is not UNSET:
            field_dict["title"] = title
        if short_info is not UNSET:
            field_dict["short_info"] = short_info
        if qr_installation is not UNSET:
            field_dict["qr_installation"] = qr_installation
        if manual_installation is not UNSET:
            field_dict["manual_installation"] = manual_installation
        if is_fair_usage_policy is not UNSET:
            field_dict["is_fair_usage_policy"] = is_fair_usage_policy
        if fair_usage_policy is not UNSET:
            field_dict["fair_usage_policy"] = fair_usage_policy
        if data is not UNSET:
            field_dict["data"] = data
        if voice is not UNSET:
            field_dict["voice"] = voice
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.package_prices import PackagePrices  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

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

        _prices = d.pop("prices", UNSET)
        prices: PackagePrices | Unset
        if isinstance(_prices, Unset):
            prices = UNSET
        else:
            prices = PackagePrices.from_dict(_prices)

        amount = d.pop("amount", UNSET)

        day = d.pop("day", UNSET)

        is_unlimited = d.pop("is_unlimited", UNSET)

        title = d.pop("title", UNSET)

        def _parse_short_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_info = _parse_short_info(d.pop("short_info", UNSET))

        qr_installation = d.pop("qr_installation", UNSET)

        manual_installation = d.pop("manual_installation", UNSET)

        def _parse_is_fair_usage_policy(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_fair_usage_policy = _parse_is_fair_usage_policy(
            d.pop("is_fair_usage_policy", UNSET)
        )

        def _parse_fair_usage_policy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fair_usage_policy = _parse_fair_usage_policy(d.pop("fair_usage_policy", UNSET))

        data = d.pop("data", UNSET)

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

        package = cls(
            id=id,
            type_=type_,
            price=price,
            net_price=net_price,
            prices=prices,
            amount=amount,
            day=day,
            is_unlimited=is_unlimited,
            title=title,
            short_info=short_info,
            qr_installation=qr_installation,
            manual_installation=manual_installation,
            is_fair_usage_policy=is_fair_usage_policy,
            fair_usage_policy=fair_usage_policy,
            data=data,
            voice=voice,
            text=text,
        )

        package.additional_properties = d
        return package

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
