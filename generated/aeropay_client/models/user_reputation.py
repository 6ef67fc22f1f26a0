from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_reputation_reputation import UserReputationReputation

T = TypeVar("T", bound="UserReputation")


@_attrs_define
class UserReputation:
    """
    Attributes:
        user_id (str):
        reputation (UserReputationReputation): 0, 1 or 2 (standard, vip, blocked: the mapping is unverified).
    """

    user_id: str
    reputation: UserReputationReputation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        reputation = self.reputation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "reputation": reputation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("userId")

        reputation = UserReputationReputation(d.pop("reputation"))

        user_reputation = cls(
            user_id=user_id,
            reputation=reputation,
        )

        user_reputation.additional_properties = d
        return user_reputation

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
