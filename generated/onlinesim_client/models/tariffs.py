from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.success_flag_type_0 import SuccessFlagType0
from ..models.success_flag_type_1 import SuccessFlagType1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tariff_country_map import TariffCountryMap
    from ..models.tariff_service_map import TariffServiceMap


T = TypeVar("T", bound="Tariffs")


@_attrs_define
class Tariffs:
    """`response` is optional (reference quirk Q17): partial catalogue answers come without the envelope. When present it
    is the success flag, so an error body still never parses as Tariffs.

        Attributes:
            response (SuccessFlagType0 | SuccessFlagType1 | Unset): `response` of a successful answer: `1` (documented) or
                `"1"` (accepted defensively by every wrapper).
                Modelled as two one-value enums, not `const`s: openapi-python-client 0.29.1 does not try the next branch
                of a union after a failed `const`.
            countries (list[Any] | TariffCountryMap | Unset):
            services (list[Any] | TariffServiceMap | Unset):
            favorite_countries (list[Any] | Unset):
            favorite_services (list[Any] | Unset):
            favorites (list[Any] | Unset):
            page (int | Unset):
            country (int | Unset):
            filter_ (str | Unset):
            end (bool | Unset):
    """

    response: SuccessFlagType0 | SuccessFlagType1 | Unset = UNSET
    countries: list[Any] | TariffCountryMap | Unset = UNSET
    services: list[Any] | TariffServiceMap | Unset = UNSET
    favorite_countries: list[Any] | Unset = UNSET
    favorite_services: list[Any] | Unset = UNSET
    favorites: list[Any] | Unset = UNSET
    page: int | Unset = UNSET
    country: int | Unset = UNSET
    filter_: str | Unset = UNSET
    end: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tariff_country_map import TariffCountryMap  # noqa: PLC0415
        from ..models.tariff_service_map import TariffServiceMap  # noqa: PLC0415

        response: int | str | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        elif isinstance(self.response, SuccessFlagType0):
            response = self.response.value
        else:
            response = self.response.value

        countries: dict[str, Any] | list[Any] | Unset
        if isinstance(self.countries, Unset):
            countries = UNSET
        elif isinstance(self.countries, TariffCountryMap):
            countries = self.countries.to_dict()
        else:
            countries = self.countries

        services: dict[str, Any] | list[Any] | Unset
        if isinstance(self.services, Unset):
            services = UNSET
        elif isinstance(self.services, TariffServiceMap):
            services = self.services.to_dict()
        else:
            services = self.services

        favorite_countries: list[Any] | Unset = UNSET
        if not isinstance(self.favorite_countries, Unset):
            favorite_countries = self.favorite_countries

        favorite_services: list[Any] | Unset = UNSET
        if not isinstance(self.favorite_services, Unset):
            favorite_services = self.favorite_services

        favorites: list[Any] | Unset = UNSET
        if not isinstance(self.favorites, Unset):
            favorites = self.favorites

        page = self.page

        country = self.country

        filter_ = self.filter_

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response is not UNSET:
            field_dict["response"] = response
        if countries is not UNSET:
            field_dict["countries"] = countries
        if services is not UNSET:
            field_dict["services"] = services
        if favorite_countries is not UNSET:
            field_dict["favorite_countries"] = favorite_countries
        if favorite_services is not UNSET:
            field_dict["favorite_services"] = favorite_services
        if favorites is not UNSET:
            field_dict["favorites"] = favorites
        if page is not UNSET:
            field_dict["page"] = page
        if country is not UNSET:
            field_dict["country"] = country
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tariff_country_map import TariffCountryMap  # noqa: PLC0415
        from ..models.tariff_service_map import TariffServiceMap  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_response(
            data: object,
        ) -> SuccessFlagType0 | SuccessFlagType1 | Unset:
            if isinstance(data, Unset):
                return data
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

        response = _parse_response(d.pop("response", UNSET))

        def _parse_countries(data: object) -> list[Any] | TariffCountryMap | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                countries_type_0 = TariffCountryMap.from_dict(data)

                return countries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            countries_type_1 = cast(list[Any], data)

            return countries_type_1

        countries = _parse_countries(d.pop("countries", UNSET))

        def _parse_services(data: object) -> list[Any] | TariffServiceMap | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                services_type_0 = TariffServiceMap.from_dict(data)

                return services_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            services_type_1 = cast(list[Any], data)

            return services_type_1

        services = _parse_services(d.pop("services", UNSET))

        favorite_countries = cast(list[Any], d.pop("favorite_countries", UNSET))

        favorite_services = cast(list[Any], d.pop("favorite_services", UNSET))

        favorites = cast(list[Any], d.pop("favorites", UNSET))

        page = d.pop("page", UNSET)

        country = d.pop("country", UNSET)

        filter_ = d.pop("filter", UNSET)

        end = d.pop("end", UNSET)

        tariffs = cls(
            response=response,
            countries=countries,
            services=services,
            favorite_countries=favorite_countries,
            favorite_services=favorite_services,
            favorites=favorites,
            page=page,
            country=country,
            filter_=filter_,
            end=end,
        )

        tariffs.additional_properties = d
        return tariffs

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
