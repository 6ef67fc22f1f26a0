"""Contains all the data models used in inputs/outputs (each loaded on first use)"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .api_error import ApiError
    from .authorization_approval import AuthorizationApproval
    from .balance import Balance
    from .country_stats import CountryStats
    from .country_stats_map import CountryStatsMap
    from .day_prices import DayPrices
    from .error_code import ErrorCode
    from .free_country import FreeCountry
    from .free_country_list import FreeCountryList
    from .free_list import FreeList
    from .free_list_number import FreeListNumber
    from .free_list_number_map import FreeListNumberMap
    from .free_message import FreeMessage
    from .free_message_list import FreeMessageList
    from .free_message_page import FreeMessagePage
    from .free_phone import FreePhone
    from .free_phone_list import FreePhoneList
    from .get_authorize_page_code_challenge_method import (
        GetAuthorizePageCodeChallengeMethod,
    )
    from .get_authorize_page_response_type import GetAuthorizePageResponseType
    from .get_numbers_stats_country_type_1 import GetNumbersStatsCountryType1
    from .get_state_orderby import GetStateOrderby
    from .get_state_type import GetStateType
    from .incoming_sms_webhook import IncomingSmsWebhook
    from .lang import Lang
    from .msg_entry import MsgEntry
    from .num_ordered import NumOrdered
    from .oauth_error import OAuthError
    from .ok import Ok
    from .operation_done import OperationDone
    from .operation_status_type_0 import OperationStatusType0
    from .payment import Payment
    from .price import Price
    from .profile import Profile
    from .profile_result import ProfileResult
    from .rent_closed import RentClosed
    from .rent_item import RentItem
    from .rent_item_envelope import RentItemEnvelope
    from .rent_list import RentList
    from .rent_message import RentMessage
    from .rent_message_page import RentMessagePage
    from .rent_tariff import RentTariff
    from .rent_tariff_map import RentTariffMap
    from .service_stats import ServiceStats
    from .service_stats_map import ServiceStatsMap
    from .state_item import StateItem
    from .success_flag_type_0 import SuccessFlagType0
    from .success_flag_type_1 import SuccessFlagType1
    from .tariff_country import TariffCountry
    from .tariff_country_map import TariffCountryMap
    from .tariff_service import TariffService
    from .tariff_service_map import TariffServiceMap
    from .tariffs import Tariffs
    from .token_request import TokenRequest
    from .token_request_grant_type import TokenRequestGrantType
    from .token_response import TokenResponse
    from .zero_one import ZeroOne

__all__ = (
    "ApiError",
    "AuthorizationApproval",
    "Balance",
    "CountryStats",
    "CountryStatsMap",
    "DayPrices",
    "ErrorCode",
    "FreeCountry",
    "FreeCountryList",
    "FreeList",
    "FreeListNumber",
    "FreeListNumberMap",
    "FreeMessage",
    "FreeMessageList",
    "FreeMessagePage",
    "FreePhone",
    "FreePhoneList",
    "GetAuthorizePageCodeChallengeMethod",
    "GetAuthorizePageResponseType",
    "GetNumbersStatsCountryType1",
    "GetStateOrderby",
    "GetStateType",
    "IncomingSmsWebhook",
    "Lang",
    "MsgEntry",
    "NumOrdered",
    "OAuthError",
    "Ok",
    "OperationDone",
    "OperationStatusType0",
    "Payment",
    "Price",
    "Profile",
    "ProfileResult",
    "RentClosed",
    "RentItem",
    "RentItemEnvelope",
    "RentList",
    "RentMessage",
    "RentMessagePage",
    "RentTariff",
    "RentTariffMap",
    "ServiceStats",
    "ServiceStatsMap",
    "StateItem",
    "SuccessFlagType0",
    "SuccessFlagType1",
    "TariffCountry",
    "TariffCountryMap",
    "Tariffs",
    "TariffService",
    "TariffServiceMap",
    "TokenRequest",
    "TokenRequestGrantType",
    "TokenResponse",
    "ZeroOne",
)

# class name -> its module in this package
_MODULES = {
    "ApiError": ".api_error",
    "AuthorizationApproval": ".authorization_approval",
    "Balance": ".balance",
    "CountryStats": ".country_stats",
    "CountryStatsMap": ".country_stats_map",
    "DayPrices": ".day_prices",
    "ErrorCode": ".error_code",
    "FreeCountry": ".free_country",
    "FreeCountryList": ".free_country_list",
    "FreeList": ".free_list",
    "FreeListNumber": ".free_list_number",
    "FreeListNumberMap": ".free_list_number_map",
    "FreeMessage": ".free_message",
    "FreeMessageList": ".free_message_list",
    "FreeMessagePage": ".free_message_page",
    "FreePhone": ".free_phone",
    "FreePhoneList": ".free_phone_list",
    "GetAuthorizePageCodeChallengeMethod": ".get_authorize_page_code_challenge_method",
    "GetAuthorizePageResponseType": ".get_authorize_page_response_type",
    "GetNumbersStatsCountryType1": ".get_numbers_stats_country_type_1",
    "GetStateOrderby": ".get_state_orderby",
    "GetStateType": ".get_state_type",
    "IncomingSmsWebhook": ".incoming_sms_webhook",
    "Lang": ".lang",
    "MsgEntry": ".msg_entry",
    "NumOrdered": ".num_ordered",
    "OAuthError": ".oauth_error",
    "Ok": ".ok",
    "OperationDone": ".operation_done",
    "OperationStatusType0": ".operation_status_type_0",
    "Payment": ".payment",
    "Price": ".price",
    "Profile": ".profile",
    "ProfileResult": ".profile_result",
    "RentClosed": ".rent_closed",
    "RentItem": ".rent_item",
    "RentItemEnvelope": ".rent_item_envelope",
    "RentList": ".rent_list",
    "RentMessage": ".rent_message",
    "RentMessagePage": ".rent_message_page",
    "RentTariff": ".rent_tariff",
    "RentTariffMap": ".rent_tariff_map",
    "ServiceStats": ".service_stats",
    "ServiceStatsMap": ".service_stats_map",
    "StateItem": ".state_item",
    "SuccessFlagType0": ".success_flag_type_0",
    "SuccessFlagType1": ".success_flag_type_1",
    "TariffCountry": ".tariff_country",
    "TariffCountryMap": ".tariff_country_map",
    "TariffService": ".tariff_service",
    "TariffServiceMap": ".tariff_service_map",
    "Tariffs": ".tariffs",
    "TokenRequest": ".token_request",
    "TokenRequestGrantType": ".token_request_grant_type",
    "TokenResponse": ".token_response",
    "ZeroOne": ".zero_one",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # later lookups skip __getattr__
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
