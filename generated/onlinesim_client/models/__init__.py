"""Contains all the data models used in inputs/outputs"""

from .api_error import ApiError
from .authorization_approval import AuthorizationApproval
from .authorize_page_response_type import AuthorizePageResponseType
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
from .get_numbers_stats_country_type_1 import GetNumbersStatsCountryType1
from .get_state_orderby import GetStateOrderby
from .get_state_type import GetStateType
from .incoming_sms_webhook import IncomingSmsWebhook
from .lang import Lang
from .msg_entry import MsgEntry
from .num_ordered import NumOrdered
from .o_auth_error import OAuthError
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
    "AuthorizePageResponseType",
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
