/**
 * The organisation's facts from the config that checks read (pages, hashtags, vocabulary,
 * monitoring hours, own domains), with defaults so rnsocial works with no config at all.
 */
import type { Platform } from './platform.js';

export const PAGE_KINDS = ['virksomhedsside', 'emne-fagside', 'begivenhedsside'] as const;

export interface Page {
  name: string;
  platforms: Platform[];
  urls: string[];
  kind?: (typeof PAGE_KINDS)[number];
}

export interface MonitoringSettings {
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  days: number[];
  from: string;
  to: string;
  timezone: string;
  /** Danish public holidays are unmonitored. */
  holidays: boolean;
}

export interface Settings {
  /** The registry of the region's own pages; empty means no registry is configured. */
  pages: Page[];
  localHashtags: string[];
  preferredHashtags: string[];
  vocabulary: { accept: string[]; reject: string[] };
  monitoring: MonitoringSettings;
  ownDomains: string[];
  /** Unit names that count as the region's, on top of rules/lexicon/units.yml. */
  units: string[];
  /**
   * Where job ads live, for platform/job-link: hosts ("jobnet.dk", sub-domains included) or
   * host/path prefixes ("linkedin.com/jobs"). Empty: any link counts.
   */
  jobDomains: string[];
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export const DEFAULT_SETTINGS: Settings = {
  pages: [],
  localHashtags: [],
  preferredHashtags: [],
  vocabulary: { accept: [], reject: [] },
  monitoring: { days: [1, 2, 3, 4, 5], from: '08:00', to: '16:00', timezone: 'Europe/Copenhagen', holidays: true },
  ownDomains: ['rn.dk'],
  units: [],
  // The region's job portal and the national job boards; LinkedIn's own job ads are under /jobs.
  jobDomains: ['job.rn.dk', 'rn.dk/job', 'jobnet.dk', 'jobindex.dk', 'ofir.dk', 'sundhedsjobs.dk', 'stepstone.dk', 'linkedin.com/jobs'],
};
