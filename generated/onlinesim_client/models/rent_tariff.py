from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.day_prices import DayPrices


T = TypeVar("T", bound="RentTariff")


@_attrs_define
class RentTariff:
    """
    Attributes:
        days (DayPrices | list[Any]):
        code (int | Unset):
        name (str | Unset):
        enabled (bool | Unset):
        new (bool | Unset):
        position (int | Unset):
        count (DayPrices | list[Any] | Unset):
        extend (float | str | Unset): A number, or a numeric string such as `"1674.540"` (decode as Decimal).
        confirm (bool | Unset):
    """

    days: DayPrices | list[Any]
    code: int | Unset = UNSET
    name: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    new: bool | Unset = UNSET
    position: int | Unset = UNSET
    count: DayPrices | list[Any] | Unset = UNSET
    extend: float | str | Unset = UNSET
    confirm: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.day_prices import DayPrices  # noqa: PLC0415

        days: dict[str, Any] | list[Any]
        if isinstance(self.days, DayPrices):
            days = self.days.to_dict()
        else:
            days = self.days

        code = self.code

        name = self.name

        enabled = self.enabled

        new = self.new

        position = self.position

        count: dict[str, Any] | list[Any] | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        elif isinstance(self.count, DayPrices):
            count = self.count.to_dict()
        else:
            count = self.count

        extend: float | str | Unset
        if isinstance(self.extend, Unset):
            extend = UNSET
        else:
            extend = self.extend

        confirm = self.confirm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "days": days,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if new is not UNSET:
            field_dict["new"] = new
        if position is not UNSET:
            field_dict["position"] = position
        if count is not UNSET:
            field_dict["count"] = count
        if extend is not UNSET:
            field_dict["extend"] = extend
        if confirm is not UNSET:
            field_dict["confirm"] = confirm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.day_prices import DayPrices  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_days(data: object) -> DayPrices | list[Any]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                days_type_0 = DayPrices.from_dict(data)

                return days_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            days_type_1 = cast(list[Any], data)

            return days_type_1

        days = _parse_days(d.pop("days"))

        code = d.pop("code", UNSET)

        name = d.pop("name", UNSET)

        enabled = d.pop("enabled", UNSET)

        new = d.pop("new", UNSET)

        position = d.pop("position", UNSET)

        def _parse_count(data: object) -> DayPrices | list[Any] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                count_type_0 = DayPrices.from_dict(data)

                return count_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            count_type_1 = cast(list[Any], data)

            return count_type_1

        count = _parse_count(d.pop("count", UNSET))

        def _parse_extend(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        extend = _parse_extend(d.pop("extend", UNSET))

        confirm = d.pop("confirm", UNSET)

        rent_tariff = cls(
            days=days,
            code=code,
            name=name,
            enabled=enabled,
            new=new,
            position=position,
            count=count,
            extend=extend,
            confirm=confirm,
        )

        rent_tariff.additional_properties = d
        return rent_tariff

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
