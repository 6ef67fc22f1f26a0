from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.async_order_failure import AsyncOrderFailure
    from ..models.async_order_result import AsyncOrderResult
    from ..models.meta import Meta


T = TypeVar("T", bound="AsyncOrderWebhook")


@_attrs_define
class AsyncOrderWebhook:
    """Async/future order result: the POST /v2/orders response (`{data: Order, meta}`) plus `request_id`;
    on failure `reason` and no `sims`. Signed with the `airalo-signature` header. The placement of
    `request_id`/`reason` (inside `data` or at the top level) is not settled by the sources.

        Attributes:
            data (AsyncOrderFailure | AsyncOrderResult | Unset):
            meta (Meta | Unset): Response meta. `message` is free text ("success"; typos such as "api.succes" and "succes"
                occur).
            request_id (str | Unset):
            reason (str | Unset):
    """

    data: AsyncOrderFailure | AsyncOrderResult | Unset = UNSET
    meta: Meta | Unset = UNSET
    request_id: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.async_order_result import AsyncOrderResult  # noqa: PLC0415

        data: dict[str, Any] | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, AsyncOrderResult):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        request_id = self.request_id

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.async_order_failure import AsyncOrderFailure  # noqa: PLC0415
        from ..models.async_order_result import AsyncOrderResult  # noqa: PLC0415
        from ..models.meta import Meta  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data(data: object) -> AsyncOrderFailure | AsyncOrderResult | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = AsyncOrderResult.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_type_1 = AsyncOrderFailure.from_dict(data)

            return data_type_1

        data = _parse_data(d.pop("data", UNSET))

        _meta = d.pop("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        request_id = d.pop("request_id", UNSET)

        reason = d.pop("reason", UNSET)

        async_order_webhook = cls(
            data=data,
            meta=meta,
            request_id=request_id,
            reason=reason,
        )

        async_order_webhook.additional_properties = d
        return async_order_webhook

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
