from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_reputation import UserReputation


T = TypeVar("T", bound="SetReputationRequest")


@_attrs_define
class SetReputationRequest:
    """
    Attributes:
        merchant_id (int):
        user_reputations (list[UserReputation]):
    """

    merchant_id: int
    user_reputations: list[UserReputation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_id = self.merchant_id

        user_reputations = []
        for user_reputations_item_data in self.user_reputations:
            user_reputations_item = user_reputations_item_data.to_dict()
            user_reputations.append(user_reputations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merchantId": merchant_id,
                "userReputations": user_reputations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_reputation import UserReputation  # noqa: PLC0415

        d = dict(src_dict)
        merchant_id = d.pop("merchantId")

        user_reputations = []
        _user_reputations = d.pop("userReputations")
        for user_reputations_item_data in _user_reputations:
            user_reputations_item = UserReputation.from_dict(user_reputations_item_data)

            user_reputations.append(user_reputations_item)

        set_reputation_request = cls(
            merchant_id=merchant_id,
            user_reputations=user_reputations,
        )

        set_reputation_request.additional_properties = d
        return set_reputation_request

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
