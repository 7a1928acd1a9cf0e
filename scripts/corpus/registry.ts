/** Every design of the corpus. Adding one: write designs/<id>.ts (see docs/corpus.md) and list it here. */
import type { Design } from "./design";
import { accountHome } from "./designs/account-home";
import { bankStatement } from "./designs/bank-statement";
import { bankTransfer } from "./designs/bank-transfer";
import { cardApproval } from "./designs/card-approval";
import { cardHistory } from "./designs/card-history";
import { deliveryOrder } from "./designs/delivery-order";
import { eReceipt } from "./designs/e-receipt";
import { longScroll } from "./designs/long-scroll";
import { notificationList } from "./designs/notification-list";
import { p2pSend } from "./designs/p2p-send";
import { paymentConfirmation } from "./designs/payment-confirmation";
import { qrPayment } from "./designs/qr-payment";
import { refund } from "./designs/refund";
import { rideReceipt } from "./designs/ride-receipt";
import { shopOrder } from "./designs/shop-order";
import { topUp } from "./designs/top-up";
import { walletHistory } from "./designs/wallet-history";

export const DESIGNS: readonly Design[] = [
  paymentConfirmation,
  qrPayment,
  cardHistory,
  eReceipt,
  bankStatement,
  p2pSend,
  deliveryOrder,
  cardApproval,
  walletHistory,
  longScroll,
  rideReceipt,
  notificationList,
  accountHome,
  bankTransfer,
  refund,
  topUp,
  shopOrder,
];
