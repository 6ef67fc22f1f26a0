from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_error_detail import ApiErrorDetail


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """Every error envelope Aeropay sends: v2 `{"error": {"code", "message", "help"?}}`, legacy flat
    `{"success": false, "code": "AP700", "error": "<message>"}`, v1 `{"success": false, "error": {...}}`,
    and the report totals' `{"error": "Error generating totals"}`.

        Attributes:
            error (ApiErrorDetail | str):
            success (bool | Unset):
            code (str | Unset): Legacy flat form only.
    """

    error: ApiErrorDetail | str
    success: bool | Unset = UNSET
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_error_detail import ApiErrorDetail  # noqa: PLC0415

        error: dict[str, Any] | str
        if isinstance(self.error, ApiErrorDetail):
            error = self.error.to_dict()
        else:
            error = self.error

        success = self.success

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_error_detail import ApiErrorDetail  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_error(data: object) -> ApiErrorDetail | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ApiErrorDetail.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiErrorDetail | str, data)

        error = _parse_error(d.pop("error"))

        success = d.pop("success", UNSET)

        code = d.pop("code", UNSET)

        error_response = cls(
            error=error,
            success=success,
            code=code,
        )

        error_response.additional_properties = d
        return error_response

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
