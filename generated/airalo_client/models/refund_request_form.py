from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.refund_reason import RefundReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundRequestForm")


@_attrs_define
class RefundRequestForm:
    """POST /v2/refund body as multipart (newer docs); the ICCID array is sent as repeated `iccids[]` parts.

    Attributes:
        iccids (list[str]):
        reason (RefundReason): Newer list (23 values). The older docs listed INVALID_ACTIVATION, DUPLICATE_ORDER,
            SERVICE_ISSUES and
            OTHERS; those are accepted here too and the server decides.
        notes (str | Unset): Required when reason is OTHERS.
        email (str | Unset):
    """

    iccids: list[str]
    reason: RefundReason
    notes: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        iccids = self.iccids

        reason = self.reason.value

        notes = self.notes

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "iccids[]": iccids,
                "reason": reason,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        for iccids_item_element in self.iccids:
            files.append(
                ("iccids[]", (None, str(iccids_item_element).encode(), "text/plain"))
            )

        files.append(("reason", (None, str(self.reason.value).encode(), "text/plain")))

        if not isinstance(self.notes, Unset):
            files.append(("notes", (None, str(self.notes).encode(), "text/plain")))

        if not isinstance(self.email, Unset):
            files.append(("email", (None, str(self.email).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        iccids = cast(list[str], d.pop("iccids[]"))

        reason = RefundReason(d.pop("reason"))

        notes = d.pop("notes", UNSET)

        email = d.pop("email", UNSET)

        refund_request_form = cls(
            iccids=iccids,
            reason=reason,
            notes=notes,
            email=email,
        )

        refund_request_form.additional_properties = d
        return refund_request_form

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
