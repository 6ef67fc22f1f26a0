from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Paging")


@_attrs_define
class Paging:
    """
    Attributes:
        total_pages (int):
        total_items (int):
        current_page (int):
        items_per_page (int):
    """

    total_pages: int
    total_items: int
    current_page: int
    items_per_page: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_pages = self.total_pages

        total_items = self.total_items

        current_page = self.current_page

        items_per_page = self.items_per_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalPages": total_pages,
                "totalItems": total_items,
                "currentPage": current_page,
                "itemsPerPage": items_per_page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_pages = d.pop("totalPages")

        total_items = d.pop("totalItems")

        current_page = d.pop("currentPage")

        items_per_page = d.pop("itemsPerPage")

        paging = cls(
            total_pages=total_pages,
            total_items=total_items,
            current_page=current_page,
            items_per_page=items_per_page,
        )

        paging.additional_properties = d
        return paging

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
