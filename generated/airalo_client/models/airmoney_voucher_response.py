from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.airmoney_voucher import AirmoneyVoucher
    from ..models.meta import Meta


T = TypeVar("T", bound="AirmoneyVoucherResponse")


@_attrs_define
class AirmoneyVoucherResponse:
    """`data` is one voucher (PHP README) or an array of arrays of vouchers (Node README).

    Attributes:
        data (AirmoneyVoucher | list[list[AirmoneyVoucher]]):
        meta (Meta | Unset): Response meta. `message` is free text ("success"; typos such as "api.succes" and "succes"
            occur).
    """

    data: AirmoneyVoucher | list[list[AirmoneyVoucher]]
    meta: Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.airmoney_voucher import AirmoneyVoucher  # noqa: PLC0415

        data: dict[str, Any] | list[list[dict[str, Any]]]
        if isinstance(self.data, AirmoneyVoucher):
            data = self.data.to_dict()
        else:
            data = []
            for data_type_1_item_data in self.data:
                data_type_1_item = []
                for data_type_1_item_item_data in data_type_1_item_data:
                    data_type_1_item_item = data_type_1_item_item_data.to_dict()
                    data_type_1_item.append(data_type_1_item_item)

                data.append(data_type_1_item)

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
        from ..models.airmoney_voucher import AirmoneyVoucher  # noqa: PLC0415
        from ..models.meta import Meta  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data(data: object) -> AirmoneyVoucher | list[list[AirmoneyVoucher]]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = AirmoneyVoucher.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            data_type_1 = []
            _data_type_1 = data
            for data_type_1_item_data in _data_type_1:
                data_type_1_item = []
                _data_type_1_item = data_type_1_item_data
                for data_type_1_item_item_data in _data_type_1_item:
                    data_type_1_item_item = AirmoneyVoucher.from_dict(
                        data_type_1_item_item_data
                    )

                    data_type_1_item.append(data_type_1_item_item)

                data_type_1.append(data_type_1_item)

            return data_type_1

        data = _parse_data(d.pop("data"))

        _meta = d.pop("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        airmoney_voucher_response = cls(
            data=data,
            meta=meta,
        )

        airmoney_voucher_response.additional_properties = d
        return airmoney_voucher_response

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
