import type { ReactNode } from "react";
import type { IconProps } from "@/components/icons";

/** The icons of the account pages, drawn like components/icons.tsx (24-unit strokes). */
function StrokeIcon({ children, ...props }: IconProps & { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      {children}
    </svg>
  );
}

/** A cog: settings. */
export function GearIcon(props: IconProps) {
  return (
    <StrokeIcon {...props}>
      <circle cx="12" cy="12" r="3" />
      <path d="M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z" />
    </StrokeIcon>
  );
}

/** A door with an arrow leaving: sign out. */
export function SignOutIcon(props: IconProps) {
  return (
    <StrokeIcon {...props}>
      <path d="M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4" />
      <path d="M16 17l5-5-5-5M21 12H9" />
    </StrokeIcon>
  );
}

/** A key: API keys and passwords. */
export function KeyIcon(props: IconProps) {
  return (
    <StrokeIcon {...props}>
      <circle cx="7.5" cy="15.5" r="4.5" />
      <path d="M10.7 12.3L21 2M16 7l3 3M18.5 4.5l2 2" />
    </StrokeIcon>
  );
}

/** A fingerprint: passkeys. */
export function FingerprintIcon(props: IconProps) {
  return (
    <StrokeIcon {...props}>
      <path d="M12 11v3a8 8 0 0 1-1.5 4.7" />
      <path d="M8.5 8.8A4 4 0 0 1 16 11v2a12 12 0 0 1-.6 3.8" />
      <path d="M5.3 7.5A8 8 0 0 1 20 11v1.5M4 14.5a15 15 0 0 0 .2-3.5A8 8 0 0 1 5 7.8" />
      <path d="M8 12.5a11 11 0 0 1-1.4 6" />
    </StrokeIcon>
  );
}

/** A person with a plus: invite someone. */
export function UserPlusIcon(props: IconProps) {
  return (
    <StrokeIcon {...props}>
      <circle cx="9" cy="8" r="4" />
      <path d="M2 21a7 7 0 0 1 14 0M19 8v6M16 11h6" />
    </StrokeIcon>
  );
}

/** An open padlock: open mode. */
export function UnlockIcon(props: IconProps) {
  return (
    <StrokeIcon {...props}>
      <rect x="4" y="11" width="16" height="10" rx="2" />
      <path d="M8 11V7a4 4 0 0 1 7.8-1.3" />
    </StrokeIcon>
  );
}
