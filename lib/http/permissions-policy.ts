/**
 * Powerful browser features the app never uses, turned off for it and anything it embeds, so a
 * script that got in anyway cannot ask for the camera or the location. Only names Chromium
 * knows are listed (an unknown one is a console error). Passkeys (publickey-credentials-*)
 * and clipboard writes (the copy buttons) keep their defaults.
 */
export const DISABLED_FEATURES = [
  "accelerometer",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
] as const;

/** The Permissions-Policy header's value: `camera=(), microphone=(), …`. */
export const PERMISSIONS_POLICY = DISABLED_FEATURES.map((feature) => `${feature}=()`).join(", ");
