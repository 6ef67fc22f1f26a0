from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sharing_option import SharingOption
from ..types import UNSET, Unset

T = TypeVar("T", bound="FutureOrderRequest")


@_attrs_define
class FutureOrderRequest:
    """POST /v2/future-orders body (JSON).

    Attributes:
        package_id (str):
        quantity (int):
        due_date (str): "YYYY-MM-DD HH:MM" in UTC, at least two days ahead and at most one year.
        webhook_url (str | Unset): Overrides the `async_orders` opt-in URL. No URL pattern: the docs' own "all
            parameters" example sends "string".
        description (str | Unset):
        brand_settings_name (None | str | Unset): Null for unbranded.
        to_email (str | Unset):
        sharing_option (list[SharingOption] | str | Unset): Array of link/pdf, required with `to_email`. The docs' "all
            parameters" example sends a JSON-encoded string instead.
        copy_address (list[str] | str | Unset): Array of emails, used with `to_email`. The docs type it as a string and
            send a JSON-encoded string.
    """

    package_id: str
    quantity: int
    due_date: str
    webhook_url: str | Unset = UNSET
    description: str | Unset = UNSET
    brand_settings_name: None | str | Unset = UNSET
    to_email: str | Unset = UNSET
    sharing_option: list[SharingOption] | str | Unset = UNSET
    copy_address: list[str] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_id = self.package_id

        quantity = self.quantity

        due_date = self.due_date

        webhook_url = self.webhook_url

        description = self.description

        brand_settings_name: None | str | Unset
        if isinstance(self.brand_settings_name, Unset):
            brand_settings_name = UNSET
        else:
            brand_settings_name = self.brand_settings_name

        to_email = self.to_email

        sharing_option: list[str] | str | Unset
        if isinstance(self.sharing_option, Unset):
            sharing_option = UNSET
        elif isinstance(self.sharing_option, list):
            sharing_option = []
            for sharing_option_type_0_item_data in self.sharing_option:
                sharing_option_type_0_item = sharing_option_type_0_item_data.value
                sharing_option.append(sharing_option_type_0_item)

        else:
            sharing_option = self.sharing_option

        copy_address: list[str] | str | Unset
        if isinstance(self.copy_address, Unset):
            copy_address = UNSET
        elif isinstance(self.copy_address, list):
            copy_address = self.copy_address

        else:
            copy_address = self.copy_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "package_id": package_id,
                "quantity": quantity,
                "due_date": due_date,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if description is not UNSET:
            field_dict["description"] = description
        if brand_settings_name is not UNSET:
            field_dict["brand_settings_name"] = brand_settings_name
        if to_email is not UNSET:
            field_dict["to_email"] = to_email
        if sharing_option is not UNSET:
            field_dict["sharing_option"] = sharing_option
        if copy_address is not UNSET:
            field_dict["copy_address"] = copy_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        package_id = d.pop("package_id")

        quantity = d.pop("quantity")

        due_date = d.pop("due_date")

        webhook_url = d.pop("webhook_url", UNSET)

        description = d.pop("description", UNSET)

        def _parse_brand_settings_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_settings_name = _parse_brand_settings_name(
            d.pop("brand_settings_name", UNSET)
        )

        to_email = d.pop("to_email", UNSET)

        def _parse_sharing_option(data: object) -> list[SharingOption] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sharing_option_type_0 = []
                _sharing_option_type_0 = data
                for sharing_option_type_0_item_data in _sharing_option_type_0:
                    sharing_option_type_0_item = SharingOption(
                        sharing_option_type_0_item_data
                    )

                    sharing_option_type_0.append(sharing_option_type_0_item)

                return sharing_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SharingOption] | str | Unset, data)

        sharing_option = _parse_sharing_option(d.pop("sharing_option", UNSET))

        def _parse_copy_address(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                copy_address_type_0 = cast(list[str], data)

                return copy_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        copy_address = _parse_copy_address(d.pop("copy_address", UNSET))

        future_order_request = cls(
            package_id=package_id,
            quantity=quantity,
            due_date=due_date,
            webhook_url=webhook_url,
            description=description,
            brand_settings_name=brand_settings_name,
            to_email=to_email,
            sharing_option=sharing_option,
            copy_address=copy_address,
        )

        future_order_request.additional_properties = d
        return future_order_request

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
