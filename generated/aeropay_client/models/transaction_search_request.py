from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_search_request_search_type import (
    TransactionSearchRequestSearchType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transaction_search_request_filters import (
        TransactionSearchRequestFilters,
    )


T = TypeVar("T", bound="TransactionSearchRequest")


@_attrs_define
class TransactionSearchRequest:
    """
    Attributes:
        timezone (str | Unset):
        page (str | Unset): A number as a string.
        per_page (str | Unset): A number as a string (default 50).
        sort_by (str | Unset):
        order_by (str | Unset):
        start_date (str | Unset): MM-DD-YYYY HH:mm:ss
        end_date (str | Unset): MM-DD-YYYY HH:mm:ss
        search_type (TransactionSearchRequestSearchType | Unset):
        filters (TransactionSearchRequestFilters | Unset):
    """

    timezone: str | Unset = UNSET
    page: str | Unset = UNSET
    per_page: str | Unset = UNSET
    sort_by: str | Unset = UNSET
    order_by: str | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    search_type: TransactionSearchRequestSearchType | Unset = UNSET
    filters: TransactionSearchRequestFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timezone = self.timezone

        page = self.page

        per_page = self.per_page

        sort_by = self.sort_by

        order_by = self.order_by

        start_date = self.start_date

        end_date = self.end_date

        search_type: str | Unset = UNSET
        if not isinstance(self.search_type, Unset):
            search_type = self.search_type.value

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if page is not UNSET:
            field_dict["page"] = page
        if per_page is not UNSET:
            field_dict["perPage"] = per_page
        if sort_by is not UNSET:
            field_dict["sortBy"] = sort_by
        if order_by is not UNSET:
            field_dict["orderBy"] = order_by
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if search_type is not UNSET:
            field_dict["searchType"] = search_type
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transaction_search_request_filters import (
            TransactionSearchRequestFilters,  # noqa: PLC0415
        )

        d = dict(src_dict)
        timezone = d.pop("timezone", UNSET)

        page = d.pop("page", UNSET)

        per_page = d.pop("perPage", UNSET)

        sort_by = d.pop("sortBy", UNSET)

        order_by = d.pop("orderBy", UNSET)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        _search_type = d.pop("searchType", UNSET)
        search_type: TransactionSearchRequestSearchType | Unset
        if isinstance(_search_type, Unset):
            search_type = UNSET
        else:
            search_type = TransactionSearchRequestSearchType(_search_type)

        _filters = d.pop("filters", UNSET)
        filters: TransactionSearchRequestFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = TransactionSearchRequestFilters.from_dict(_filters)

        transaction_search_request = cls(
            timezone=timezone,
            page=page,
            per_page=per_page,
            sort_by=sort_by,
            order_by=order_by,
            start_date=start_date,
            end_date=end_date,
            search_type=search_type,
            filters=filters,
        )

        transaction_search_request.additional_properties = d
        return transaction_search_request

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
