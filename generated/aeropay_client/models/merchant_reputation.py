from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paging import Paging


T = TypeVar("T", bound="MerchantReputation")


@_attrs_define
class MerchantReputation:
    """
    Attributes:
        user_reputation (int): 0, 1 or 2 (standard/vip/blocked: unverified).
        merchant_id (int | str | Unset):
        date_modified (None | str | Unset):
        paging (None | Paging | Unset):
        user_id (str | Unset):
    """

    user_reputation: int
    merchant_id: int | str | Unset = UNSET
    date_modified: None | str | Unset = UNSET
    paging: None | Paging | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.paging import Paging  # noqa: PLC0415

        user_reputation = self.user_reputation

        merchant_id: int | str | Unset
        if isinstance(self.merchant_id, Unset):
            merchant_id = UNSET
        else:
            merchant_id = self.merchant_id

        date_modified: None | str | Unset
        if isinstance(self.date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = self.date_modified

        paging: dict[str, Any] | None | Unset
        if isinstance(self.paging, Unset):
            paging = UNSET
        elif isinstance(self.paging, Paging):
            paging = self.paging.to_dict()
        else:
            paging = self.paging

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userReputation": user_reputation,
            }
        )
        if merchant_id is not UNSET:
            field_dict["merchantId"] = merchant_id
        if date_modified is not UNSET:
            field_dict["dateModified"] = date_modified
        if paging is not UNSET:
            field_dict["paging"] = paging
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.paging import Paging  # noqa: PLC0415

        d = dict(src_dict)
        user_reputation = d.pop("userReputation")

        def _parse_merchant_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        merchant_id = _parse_merchant_id(d.pop("merchantId", UNSET))

        def _parse_date_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_modified = _parse_date_modified(d.pop("dateModified", UNSET))

        def _parse_paging(data: object) -> None | Paging | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                paging_type_0 = Paging.from_dict(data)

                return paging_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Paging | Unset, data)

        paging = _parse_paging(d.pop("paging", UNSET))

        user_id = d.pop("userId", UNSET)

        merchant_reputation = cls(
            user_reputation=user_reputation,
            merchant_id=merchant_id,
            date_modified=date_modified,
            paging=paging,
            user_id=user_id,
        )

        merchant_reputation.additional_properties = d
        return merchant_reputation

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
