/** Every design of the corpus. Adding one: write designs/<id>.ts (see docs/corpus.md) and list it here. */
import type { Design } from "./design";
import { cardHistory } from "./designs/card-history";
import { paymentConfirmation } from "./designs/payment-confirmation";
import { qrPayment } from "./designs/qr-payment";

export const DESIGNS: readonly Design[] = [paymentConfirmation, qrPayment, cardHistory];
