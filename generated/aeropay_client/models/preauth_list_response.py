from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.paging import Paging
    from ..models.preauth_transaction import PreauthTransaction


T = TypeVar("T", bound="PreauthListResponse")


@_attrs_define
class PreauthListResponse:
    """
    Attributes:
        paging (Paging):
        transactions (list[PreauthTransaction]):
    """

    paging: Paging
    transactions: list[PreauthTransaction]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        paging = self.paging.to_dict()

        transactions = []
        for transactions_item_data in self.transactions:
            transactions_item = transactions_item_data.to_dict()
            transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paging": paging,
                "transactions": transactions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.paging import Paging  # noqa: PLC0415
        from ..models.preauth_transaction import PreauthTransaction  # noqa: PLC0415

        d = dict(src_dict)
        paging = Paging.from_dict(d.pop("paging"))

        transactions = []
        _transactions = d.pop("transactions")
        for transactions_item_data in _transactions:
            transactions_item = PreauthTransaction.from_dict(transactions_item_data)

            transactions.append(transactions_item)

        preauth_list_response = cls(
            paging=paging,
            transactions=transactions,
        )

        preauth_list_response.additional_properties = d
        return preauth_list_response

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
