from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaginationMeta")


@_attrs_define
class PaginationMeta:
    """Laravel pagination meta plus `message`. `per_page` is a string (e.g. "5"), the other counters integers.

    Attributes:
        message (str | Unset):
        current_page (int | Unset):
        from_ (int | None | Unset): Index of the first item on the page; null on an empty page (Laravel).
        last_page (int | Unset):
        path (str | Unset):
        per_page (str | Unset): Page size as a string, e.g. "5" (always a string in the published examples).
        to (int | None | Unset): Index of the last item on the page; null on an empty page (Laravel).
        total (int | Unset):
    """

    message: str | Unset = UNSET
    current_page: int | Unset = UNSET
    from_: int | None | Unset = UNSET
    last_page: int | Unset = UNSET
    path: str | Unset = UNSET
    per_page: str | Unset = UNSET
    to: int | None | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        current_page = self.current_page

        from_: int | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        last_page = self.last_page

        path = self.path

        per_page = self.per_page

        to: int | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if from_ is not UNSET:
            field_dict["from"] = from_
        if last_page is not UNSET:
            field_dict["last_page"] = last_page
        if path is not UNSET:
            field_dict["path"] = path
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if to is not UNSET:
            field_dict["to"] = to
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        current_page = d.pop("current_page", UNSET)

        def _parse_from_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        last_page = d.pop("last_page", UNSET)

        path = d.pop("path", UNSET)

        per_page = d.pop("per_page", UNSET)

        def _parse_to(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        total = d.pop("total", UNSET)

        pagination_meta = cls(
            message=message,
            current_page=current_page,
            from_=from_,
            last_page=last_page,
            path=path,
            per_page=per_page,
            to=to,
            total=total,
        )

        pagination_meta.additional_properties = d
        return pagination_meta

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
