from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceStats")


@_attrs_define
class ServiceStats:
    """
    Attributes:
        id (int | str | Unset):
        count (int | Unset):
        popular (bool | Unset):
        code (int | Unset):
        price (float | str | Unset): A number, or a numeric string such as `"1674.540"` (decode as Decimal).
        service (int | str | Unset):
        slug (int | str | Unset):
    """

    id: int | str | Unset = UNSET
    count: int | Unset = UNSET
    popular: bool | Unset = UNSET
    code: int | Unset = UNSET
    price: float | str | Unset = UNSET
    service: int | str | Unset = UNSET
    slug: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        count = self.count

        popular = self.popular

        code = self.code

        price: float | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        service: int | str | Unset
        if isinstance(self.service, Unset):
            service = UNSET
        else:
            service = self.service

        slug: int | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if count is not UNSET:
            field_dict["count"] = count
        if popular is not UNSET:
            field_dict["popular"] = popular
        if code is not UNSET:
            field_dict["code"] = code
        if price is not UNSET:
            field_dict["price"] = price
        if service is not UNSET:
            field_dict["service"] = service
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        count = d.pop("count", UNSET)

        popular = d.pop("popular", UNSET)

        code = d.pop("code", UNSET)

        def _parse_price(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_service(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        service = _parse_service(d.pop("service", UNSET))

        def _parse_slug(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        service_stats = cls(
            id=id,
            count=count,
            popular=popular,
            code=code,
            price=price,
            service=service,
            slug=slug,
        )

        service_stats.additional_properties = d
        return service_stats

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
