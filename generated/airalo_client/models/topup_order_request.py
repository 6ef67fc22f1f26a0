from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="TopupOrderRequest")


@_attrs_define
class TopupOrderRequest:
    """POST /v2/orders/topups body (multipart).

    Attributes:
        package_id (str): Top-up package slug from GET /v2/sims/{sim_iccid}/topups.
        iccid (str):
        description (str | Unset): Free text; tokenkeep.airalo.place_topup appends its client reference here, as for
            orders.
    """

    package_id: str
    iccid: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_id = self.package_id

        iccid = self.iccid

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "package_id": package_id,
                "iccid": iccid,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            ("package_id", (None, str(self.package_id).encode(), "text/plain"))
        )

        files.append(("iccid", (None, str(self.iccid).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            files.append(
                ("description", (None, str(self.description).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        package_id = d.pop("package_id")

        iccid = d.pop("iccid")

        description = d.pop("description", UNSET)

        topup_order_request = cls(
            package_id=package_id,
            iccid=iccid,
            description=description,
        )

        topup_order_request.additional_properties = d
        return topup_order_request

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
