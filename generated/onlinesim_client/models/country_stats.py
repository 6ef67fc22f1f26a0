from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_stats_map import ServiceStatsMap


T = TypeVar("T", bound="CountryStats")


@_attrs_define
class CountryStats:
    """
    Attributes:
        name (str):
        code (int):
        position (int | Unset):
        other (float | str | Unset): A number, or a numeric string such as `"1674.540"` (decode as Decimal).
        new (bool | Unset):
        enabled (bool | Unset):
        services (list[Any] | ServiceStatsMap | Unset):
    """

    name: str
    code: int
    position: int | Unset = UNSET
    other: float | str | Unset = UNSET
    new: bool | Unset = UNSET
    enabled: bool | Unset = UNSET
    services: list[Any] | ServiceStatsMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.service_stats_map import ServiceStatsMap  # noqa: PLC0415

        name = self.name

        code = self.code

        position = self.position

        other: float | str | Unset
        if isinstance(self.other, Unset):
            other = UNSET
        else:
            other = self.other

        new = self.new

        enabled = self.enabled

        services: dict[str, Any] | list[Any] | Unset
        if isinstance(self.services, Unset):
            services = UNSET
        elif isinstance(self.services, ServiceStatsMap):
            services = self.services.to_dict()
        else:
            services = self.services

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "code": code,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position
        if other is not UNSET:
            field_dict["other"] = other
        if new is not UNSET:
            field_dict["new"] = new
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if services is not UNSET:
            field_dict["services"] = services

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_stats_map import ServiceStatsMap  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        code = d.pop("code")

        position = d.pop("position", UNSET)

        def _parse_other(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        other = _parse_other(d.pop("other", UNSET))

        new = d.pop("new", UNSET)

        enabled = d.pop("enabled", UNSET)

        def _parse_services(data: object) -> list[Any] | ServiceStatsMap | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                services_type_0 = ServiceStatsMap.from_dict(data)

                return services_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            services_type_1 = cast(list[Any], data)

            return services_type_1

        services = _parse_services(d.pop("services", UNSET))

        country_stats = cls(
            name=name,
            code=code,
            position=position,
            other=other,
            new=new,
            enabled=enabled,
            services=services,
        )

        country_stats.additional_properties = d
        return country_stats

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
