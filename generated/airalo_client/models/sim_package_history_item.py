from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_summary import PackageSummary


T = TypeVar("T", bound="SimPackageHistoryItem")


@_attrs_define
class SimPackageHistoryItem:
    """
    Attributes:
        id (int | Unset):
        status (str | Unset): e.g. ACTIVE, FINISHED, EXPIRED.
        remaining (int | Unset): MB.
        activated_at (None | str | Unset): ISO-8601 with offset.
        expired_at (None | str | Unset): ISO-8601 with offset.
        finished_at (None | str | Unset): ISO-8601 with offset.
        package (PackageSummary | Unset): A package as listed by the top-up list and the package history.
    """

    id: int | Unset = UNSET
    status: str | Unset = UNSET
    remaining: int | Unset = UNSET
    activated_at: None | str | Unset = UNSET
    expired_at: None | str | Unset = UNSET
    finished_at: None | str | Unset = UNSET
    package: PackageSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        remaining = self.remaining

        activated_at: None | str | Unset
        if isinstance(self.activated_at, Unset):
            activated_at = UNSET
        else:
            activated_at = self.activated_at

        expired_at: None | str | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        else:
            expired_at = self.expired_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = self.finished_at

        package: dict[str, Any] | Unset = UNSET
        if not isinstance(self.package, Unset):
            package = self.package.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if activated_at is not UNSET:
            field_dict["activated_at"] = activated_at
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if package is not UNSET:
            field_dict["package"] = package

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.package_summary import PackageSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        remaining = d.pop("remaining", UNSET)

        def _parse_activated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activated_at = _parse_activated_at(d.pop("activated_at", UNSET))

        def _parse_expired_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expired_at = _parse_expired_at(d.pop("expired_at", UNSET))

        def _parse_finished_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        _package = d.pop("package", UNSET)
        package: PackageSummary | Unset
        if isinstance(_package, Unset):
            package = UNSET
        else:
            package = PackageSummary.from_dict(_package)

        sim_package_history_item = cls(
            id=id,
            status=status,
            remaining=remaining,
            activated_at=activated_at,
            expired_at=expired_at,
            finished_at=finished_at,
            package=package,
        )

        sim_package_history_item.additional_properties = d
        return sim_package_history_item

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
