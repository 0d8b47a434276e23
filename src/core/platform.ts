/** The platforms rnsocial knows, and their one alias (`x` is Twitter's new name). */
export const PLATFORMS = ['facebook', 'linkedin', 'twitter', 'instagram'] as const;
export type Platform = (typeof PLATFORMS)[number];

const ALIASES: Record<string, Platform> = { x: 'twitter' };
export const PLATFORM_NAMES: readonly string[] = [...PLATFORMS, ...Object.keys(ALIASES)];

export function toPlatform(value: string): Platform | undefined {
  const v = value.trim().toLowerCase();
  if ((PLATFORMS as readonly string[]).includes(v)) return v as Platform;
  return ALIASES[v];
}
