from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_countries_by_index import PackageCountriesByIndex
    from ..models.package_country import PackageCountry
    from ..models.pagination_links import PaginationLinks
    from ..models.pagination_meta import PaginationMeta
    from ..models.pricing_info import PricingInfo


T = TypeVar("T", bound="PackageListResponse")


@_attrs_define
class PackageListResponse:
    """Catalogue page: `{pricing?, data, links, meta}`.

    Attributes:
        data (list[PackageCountry] | PackageCountriesByIndex): Countries/regions. From page 2 on the docs say this may
            be an object keyed by index instead of an array.
        pricing (PricingInfo | Unset): Pricing model of the account (newer): e.g. `{"model": "net_pricing",
            "discount_percentage": 0}`. Which package price fields appear depends on it.
        links (PaginationLinks | Unset): Laravel pagination links; absolute URLs that echo the query string (sometimes
            with an extra `language=en`).
        meta (PaginationMeta | Unset): Laravel pagination meta plus `message`. `per_page` is a string (e.g. "5"), the
            other counters integers.
    """

    data: list[PackageCountry] | PackageCountriesByIndex
    pricing: PricingInfo | Unset = UNSET
    links: PaginationLinks | Unset = UNSET
    meta: PaginationMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data.to_dict()

        pricing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing, Unset):
            pricing = self.pricing.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.package_countries_by_index import PackageCountriesByIndex  # noqa: PLC0415
        from ..models.package_country import PackageCountry  # noqa: PLC0415
        from ..models.pagination_links import PaginationLinks  # noqa: PLC0415
        from ..models.pagination_meta import PaginationMeta  # noqa: PLC0415
        from ..models.pricing_info import PricingInfo  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data(data: object) -> list[PackageCountry] | PackageCountriesByIndex:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = PackageCountry.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_type_1 = PackageCountriesByIndex.from_dict(data)

            return data_type_1

        data = _parse_data(d.pop("data"))

        _pricing = d.pop("pricing", UNSET)
        pricing: PricingInfo | Unset
        if isinstance(_pricing, Unset):
            pricing = UNSET
        else:
            pricing = PricingInfo.from_dict(_pricing)

        _links = d.pop("links", UNSET)
        links: PaginationLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PaginationLinks.from_dict(_links)

        _meta = d.pop("meta", UNSET)
        meta: PaginationMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = PaginationMeta.from_dict(_meta)

        package_list_response = cls(
            data=data,
            pricing=pricing,
            links=links,
            meta=meta,
        )

        package_list_response.additional_properties = d
        return package_list_response

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
