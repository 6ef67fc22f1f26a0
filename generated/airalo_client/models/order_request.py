from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.sharing_option import SharingOption
from ..models.sim_order_type import SimOrderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderRequest")


@_attrs_define
class OrderRequest:
    """POST /v2/orders body (multipart). The array fields use PHP's `name[]` form; the generated client sends
    one `sharing_option[]` / `copy_address[]` part per element.

        Attributes:
            package_id (str): Package slug from GET /v2/packages.
            quantity (int):
            type_ (SimOrderType | Unset): Order type; "sim" is the only value (and the default).
            description (str | Unset): Free text, often the partner's own order id. tokenkeep.airalo.place_order appends its
                client
                reference here (`<caller text> [tk-<32 hex>]`): it is the only field of the order that the partner
                chooses, is stored with the order, and can be searched (GET /v2/orders `filter[description]`), so
                an order whose answer was lost can be found again instead of placed twice. No other field qualifies.
            brand_settings_name (str | Unset): Brand the eSIM is shared under (null/empty for unbranded; multipart cannot
                send null).
            to_email (str | Unset): If set, an email with the eSIM sharing is sent (asynchronously, fixed template);
                requires `sharing_option[]`.
            sharing_option (list[SharingOption] | Unset): Required when `to_email` is set.
            copy_address (list[str] | Unset): Copy recipients, used with `to_email`.
    """

    package_id: str
    quantity: int
    type_: SimOrderType | Unset = UNSET
    description: str | Unset = UNSET
    brand_settings_name: str | Unset = UNSET
    to_email: str | Unset = UNSET
    sharing_option: list[SharingOption] | Unset = UNSET
    copy_address: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_id = self.package_id

        quantity = self.quantity

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        description = self.description

        brand_settings_name = self.brand_settings_name

        to_email = self.to_email

        sharing_option: list[str] | Unset = UNSET
        if not isinstance(self.sharing_option, Unset):
            sharing_option = []
            for sharing_option_item_data in self.sharing_option:
                sharing_option_item = sharing_option_item_data.value
                sharing_option.append(sharing_option_item)

        copy_address: list[str] | Unset = UNSET
        if not isinstance(self.copy_address, Unset):
            copy_address = self.copy_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "package_id": package_id,
                "quantity": quantity,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if brand_settings_name is not UNSET:
            field_dict["brand_settings_name"] = brand_settings_name
        if to_email is not UNSET:
            field_dict["to_email"] = to_email
        if sharing_option is not UNSET:
            field_dict["sharing_option[]"] = sharing_option
        if copy_address is not UNSET:
            field_dict["copy_address[]"] = copy_address

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            ("package_id", (None, str(self.package_id).encode(), "text/plain"))
        )

        files.append(("quantity", (None, str(self.quantity).encode(), "text/plain")))

        if not isinstance(self.type_, Unset):
            files.append(("type", (None, str(self.type_.value).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(
                ("description", (None, str(self.description).encode(), "text/plain"))
            )

        if not isinstance(self.brand_settings_name, Unset):
            files.append(
                (
                    "brand_settings_name",
                    (None, str(self.brand_settings_name).encode(), "text/plain"),
                )
            )

        if not isinstance(self.to_email, Unset):
            files.append(
                ("to_email", (None, str(self.to_email).encode(), "text/plain"))
            )

        if not isinstance(self.sharing_option, Unset):
            for sharing_option_item_element in self.sharing_option:
                files.append(
                    (
                        "sharing_option[]",
                        (
                            None,
                            str(sharing_option_item_element.value).encode(),
                            "text/plain",
                        ),
                    )
                )

        if not isinstance(self.copy_address, Unset):
            for copy_address_item_element in self.copy_address:
                files.append(
                    (
                        "copy_address[]",
                        (None, str(copy_address_item_element).encode(), "text/plain"),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        package_id = d.pop("package_id")

        quantity = d.pop("quantity")

        _type_ = d.pop("type", UNSET)
        type_: SimOrderType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SimOrderType(_type_)

        description = d.pop("description", UNSET)

        brand_settings_name = d.pop("brand_settings_name", UNSET)

        to_email = d.pop("to_email", UNSET)

        _sharing_option = d.pop("sharing_option[]", UNSET)
        sharing_option: list[SharingOption] | Unset = UNSET
        if _sharing_option is not UNSET:
            sharing_option = []
            for sharing_option_item_data in _sharing_option:
                sharing_option_item = SharingOption(sharing_option_item_data)

                sharing_option.append(sharing_option_item)

        copy_address = cast(list[str], d.pop("copy_address[]", UNSET))

        order_request = cls(
            package_id=package_id,
            quantity=quantity,
            type_=type_,
            description=description,
            brand_settings_name=brand_settings_name,
            to_email=to_email,
            sharing_option=sharing_option,
            copy_address=copy_address,
        )

        order_request.additional_properties = d
        return order_request

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
