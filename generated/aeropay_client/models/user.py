from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """
    Attributes:
        id (str): UUID (v1 user ids were integers).
        first_name (str | Unset):
        last_name (str | Unset):
        type_ (str | Unset): consumer or business.
        email (str | Unset):
        phone_number (str | Unset): +1 and 10 digits.
        created_date (str | Unset):
        user_status (str | Unset): e.g. Active (on GET and confirm).
    """

    id: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    type_: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    created_date: str | Unset = UNSET
    user_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        type_ = self.type_

        email = self.email

        phone_number = self.phone_number

        created_date = self.created_date

        user_status = self.user_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if user_status is not UNSET:
            field_dict["userStatus"] = user_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        type_ = d.pop("type", UNSET)

        email = d.pop("email", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        created_date = d.pop("createdDate", UNSET)

        user_status = d.pop("userStatus", UNSET)

        user = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            type_=type_,
            email=email,
            phone_number=phone_number,
            created_date=created_date,
            user_status=user_status,
        )

        user.additional_properties = d
        return user

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
