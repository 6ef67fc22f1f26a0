from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Usage")


@_attrs_define
class Usage:
    """Usage of an eSIM. For unlimited packages ignore `remaining` and `total` (both 0).

    Attributes:
        remaining (int | Unset): MB.
        total (int | Unset): MB.
        expired_at (None | str | Unset): "Y-m-d H:i:s".
        is_unlimited (bool | None | Unset):
        status (str | Unset): NOT_ACTIVE, ACTIVE, FINISHED, UNKNOWN, EXPIRED, RECYCLED (others may appear).
        remaining_voice (int | Unset):
        remaining_text (int | Unset):
        total_voice (int | Unset):
        total_text (int | Unset):
    """

    remaining: int | Unset = UNSET
    total: int | Unset = UNSET
    expired_at: None | str | Unset = UNSET
    is_unlimited: bool | None | Unset = UNSET
    status: str | Unset = UNSET
    remaining_voice: int | Unset = UNSET
    remaining_text: int | Unset = UNSET
    total_voice: int | Unset = UNSET
    total_text: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remaining = self.remaining

        total = self.total

        expired_at: None | str | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        else:
            expired_at = self.expired_at

        is_unlimited: bool | None | Unset
        if isinstance(self.is_unlimited, Unset):
            is_unlimited = UNSET
        else:
            is_unlimited = self.is_unlimited

        status = self.status

        remaining_voice = self.remaining_voice

        remaining_text = self.remaining_text

        total_voice = self.total_voice

        total_text = self.total_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if total is not UNSET:
            field_dict["total"] = total
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if is_unlimited is not UNSET:
            field_dict["is_unlimited"] = is_unlimited
        if status is not UNSET:
            field_dict["status"] = status
        if remaining_voice is not UNSET:
            field_dict["remaining_voice"] = remaining_voice
        if remaining_text is not UNSET:
            field_dict["remaining_text"] = remaining_text
        if total_voice is not UNSET:
            field_dict["total_voice"] = total_voice
        if total_text is not UNSET:
            field_dict["total_text"] = total_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        remaining = d.pop("remaining", UNSET)

        total = d.pop("total", UNSET)

        def _parse_expired_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expired_at = _parse_expired_at(d.pop("expired_at", UNSET))

        def _parse_is_unlimited(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_unlimited = _parse_is_unlimited(d.pop("is_unlimited", UNSET))

        status = d.pop("status", UNSET)

        remaining_voice = d.pop("remaining_voice", UNSET)

        remaining_text = d.pop("remaining_text", UNSET)

        total_voice = d.pop("total_voice", UNSET)

        total_text = d.pop("total_text", UNSET)

        usage = cls(
            remaining=remaining,
            total=total,
            expired_at=expired_at,
            is_unlimited=is_unlimited,
            status=status,
            remaining_voice=remaining_voice,
            remaining_text=remaining_text,
            total_voice=total_voice,
            total_text=total_text,
        )

        usage.additional_properties = d
        return usage

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
