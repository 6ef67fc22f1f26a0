from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta
    from ..models.validation_error_fields import ValidationErrorFields


T = TypeVar("T", bound="ValidationError")


@_attrs_define
class ValidationError:
    """Validation error (shape 1): `{data: {<field or "field.N">: message}, meta: {message: "the parameter is
    invalid"}}`. `data` is a map that Laravel serialises as `[]` when empty, which is how refund errors
    arrive (`{data: [], meta: {message}}`, the ErrorWithEmptyData shape).

        Attributes:
            data (list[Any] | ValidationErrorFields):
            meta (Meta | Unset): Response meta. `message` is free text ("success"; typos such as "api.succes" and "succes"
                occur).
    """

    data: list[Any] | ValidationErrorFields
    meta: Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.validation_error_fields import ValidationErrorFields  # noqa: PLC0415

        data: dict[str, Any] | list[Any]
        if isinstance(self.data, ValidationErrorFields):
            data = self.data.to_dict()
        else:
            data = self.data

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meta import Meta  # noqa: PLC0415
        from ..models.validation_error_fields import ValidationErrorFields  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data(data: object) -> list[Any] | ValidationErrorFields:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = ValidationErrorFields.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            data_type_1 = cast(list[Any], data)

            return data_type_1

        data = _parse_data(d.pop("data"))

        _meta = d.pop("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        validation_error = cls(
            data=data,
            meta=meta,
        )

        validation_error.additional_properties = d
        return validation_error

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
