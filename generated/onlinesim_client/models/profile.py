from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment import Payment


T = TypeVar("T", bound="Profile")


@_attrs_define
class Profile:
    """
    Attributes:
        id (int | Unset):
        name (None | str | Unset):
        username (None | str | Unset):
        email (None | str | Unset):
        apikey (str | Unset):
        api_access (bool | str | Unset):
        locale (str | Unset):
        number_region (int | str | Unset):
        number_country (int | str | Unset):
        number_reject (list[int | str] | Unset):
        webhook_url (None | str | Unset):
        ugroup (int | Unset):
        verify (int | Unset):
        block (int | Unset):
        payment (Payment | Unset):
    """

    id: int | Unset = UNSET
    name: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    apikey: str | Unset = UNSET
    api_access: bool | str | Unset = UNSET
    locale: str | Unset = UNSET
    number_region: int | str | Unset = UNSET
    number_country: int | str | Unset = UNSET
    number_reject: list[int | str] | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    ugroup: int | Unset = UNSET
    verify: int | Unset = UNSET
    block: int | Unset = UNSET
    payment: Payment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        apikey = self.apikey

        api_access: bool | str | Unset
        if isinstance(self.api_access, Unset):
            api_access = UNSET
        else:
            api_access = self.api_access

        locale = self.locale

        number_region: int | str | Unset
        if isinstance(self.number_region, Unset):
            number_region = UNSET
        else:
            number_region = self.number_region

        number_country: int | str | Unset
        if isinstance(self.number_country, Unset):
            number_country = UNSET
        else:
            number_country = self.number_country

        number_reject: list[int | str] | Unset = UNSET
        if not isinstance(self.number_reject, Unset):
            number_reject = []
            for number_reject_item_data in self.number_reject:
                number_reject_item: int | str
                number_reject_item = number_reject_item_data
                number_reject.append(number_reject_item)

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        ugroup = self.ugroup

        verify = self.verify

        block = self.block

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
        if apikey is not UNSET:
            field_dict["apikey"] = apikey
        if api_access is not UNSET:
            field_dict["api_access"] = api_access
        if locale is not UNSET:
            field_dict["locale"] = locale
        if number_region is not UNSET:
            field_dict["number_region"] = number_region
        if number_country is not UNSET:
            field_dict["number_country"] = number_country
        if number_reject is not UNSET:
            field_dict["number_reject"] = number_reject
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if ugroup is not UNSET:
            field_dict["ugroup"] = ugroup
        if verify is not UNSET:
            field_dict["verify"] = verify
        if block is not UNSET:
            field_dict["block"] = block
        if payment is not UNSET:
            field_dict["payment"] = payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment import Payment  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        apikey = d.pop("apikey", UNSET)

        def _parse_api_access(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        api_access = _parse_api_access(d.pop("api_access", UNSET))

        locale = d.pop("locale", UNSET)

        def _parse_number_region(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        number_region = _parse_number_region(d.pop("number_region", UNSET))

        def _parse_number_country(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        number_country = _parse_number_country(d.pop("number_country", UNSET))

        _number_reject = d.pop("number_reject", UNSET)
        number_reject: list[int | str] | Unset = UNSET
        if _number_reject is not UNSET:
            number_reject = []
            for number_reject_item_data in _number_reject:

                def _parse_number_reject_item(data: object) -> int | str:
                    return cast(int | str, data)

                number_reject_item = _parse_number_reject_item(number_reject_item_data)

                number_reject.append(number_reject_item)

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url", UNSET))

        ugroup = d.pop("ugroup", UNSET)

        verify = d.pop("verify", UNSET)

        block = d.pop("block", UNSET)

        _payment = d.pop("payment", UNSET)
        payment: Payment | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = Payment.from_dict(_payment)

        profile = cls(
            id=id,
            name=name,
            username=username,
            email=email,
            apikey=apikey,
            api_access=api_access,
            locale=locale,
            number_region=number_region,
            number_country=number_country,
            number_reject=number_reject,
            webhook_url=webhook_url,
            ugroup=ugroup,
            verify=verify,
            block=block,
            payment=payment,
        )

        profile.additional_properties = d
        return profile

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
