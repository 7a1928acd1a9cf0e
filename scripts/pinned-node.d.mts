// Types for pinned-node.mjs, which stays plain JavaScript because it runs before install.
export function pinnedNodeVersion(): string;
export const binDir: string;
export const pinnedNodeBinary: string;
export function withPinnedPath(env?: Record<string, string | undefined>): Record<string, string | undefined>;
export function continueUnderPinnedNode(): Promise<void>;
export function addonLoads(name: string, node?: string): boolean;
export function pinnedNodeDir(): string;
export function ensureNativeAddons(): void;
