from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.link_account_request_aggregator import LinkAccountRequestAggregator

T = TypeVar("T", bound="LinkAccountRequest")


@_attrs_define
class LinkAccountRequest:
    """
    Attributes:
        connection_id (str): From the Aerosync widget.
        aggregator (LinkAccountRequestAggregator):
    """

    connection_id: str
    aggregator: LinkAccountRequestAggregator
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        aggregator = self.aggregator.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connectionId": connection_id,
                "aggregator": aggregator,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        connection_id = d.pop("connectionId")

        aggregator = LinkAccountRequestAggregator(d.pop("aggregator"))

        link_account_request = cls(
            connection_id=connection_id,
            aggregator=aggregator,
        )

        link_account_request.additional_properties = d
        return link_account_request

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
