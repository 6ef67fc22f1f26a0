from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_reputation import UserReputation


T = TypeVar("T", bound="SetReputationResponse")


@_attrs_define
class SetReputationResponse:
    """
    Attributes:
        user_reputations (list[UserReputation]):
    """

    user_reputations: list[UserReputation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_reputations = []
        for user_reputations_item_data in self.user_reputations:
            user_reputations_item = user_reputations_item_data.to_dict()
            user_reputations.append(user_reputations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userReputations": user_reputations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_reputation import UserReputation  # noqa: PLC0415

        d = dict(src_dict)
        user_reputations = []
        _user_reputations = d.pop("userReputations")
        for user_reputations_item_data in _user_reputations:
            user_reputations_item = UserReputation.from_dict(user_reputations_item_data)

            user_reputations.append(user_reputations_item)

        set_reputation_response = cls(
            user_reputations=user_reputations,
        )

        set_reputation_response.additional_properties = d
        return set_reputation_response

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
