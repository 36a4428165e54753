// A small registry of demonstration sources, named by role only (no person, no real contact).
// `key` is a stable handle for demo content; the name is what identifies a row in the database.
import type { SourceType } from '../../server/db/generated/enums';

export interface SourceSeed {
  key: string;
  name: string;
  type: SourceType;
  /** Empty = nationwide. */
  regionCodes: string[];
  reliability: 1 | 2 | 3 | 4 | 5;
  reliabilityNote: string;
}

export const sourceSeeds: readonly SourceSeed[] = [
  {
    key: 'mangystauInternalPolicy',
    name: 'Mangystau Region akimat — internal policy department (demo)',
    type: 'AKIMAT_INTERNAL_POLICY',
    regionCodes: ['KZ-47'],
    reliability: 4,
    reliabilityNote: 'Monitors tension daily and confirms official decisions quickly; may understate figures in a crisis. Demonstration source.',
  },
  {
    key: 'turkistanAkimat',
    name: 'Turkistan Region akimat — press service (demo)',
    type: 'AKIMAT',
    regionCodes: ['KZ-61'],
    reliability: 4,
    reliabilityNote: 'Announces results of official checks (e.g. forensic examinations); historically late, often the next day. Demonstration source.',
  },
  {
    key: 'prosecutorGeneral',
    name: "Prosecutor General's Office — press service (demo)",
    type: 'PROSECUTOR',
    regionCodes: [],
    reliability: 4,
    reliabilityNote: 'Authoritative on criminal cases; casualty figures have been revised before, so check numbers against other sources. Demonstration source.',
  },
  {
    key: 'turkistanAccordCouncil',
    name: 'Regional council of public accord, Turkistan Region (demo)',
    type: 'PUBLIC_ACCORD_COUNCIL',
    regionCodes: ['KZ-61'],
    reliability: 4,
    reliabilityNote: 'Has contacts with every ethnic-community association and the village akims; good for "is this happening?" within an hour. Demonstration source.',
  },
  {
    key: 'zhanaozenElders',
    name: 'Council of elders (aksakals), Zhanaozen (demo)',
    type: 'COMMUNITY_ASSOCIATION',
    regionCodes: ['KZ-47'],
    reliability: 3,
    reliabilityNote: 'Trusted by residents and knows what happens in each microdistrict; accounts are first-hand but not documented. Demonstration source.',
  },
  {
    key: 'turkistanPolice',
    name: 'Police department of Turkistan Region — press service (demo)',
    type: 'POLICE',
    regionCodes: ['KZ-61'],
    reliability: 4,
    reliabilityNote: 'Confirms detentions and the legal qualification of incidents; does not comment on motives until the investigation allows. Demonstration source.',
  },
  {
    key: 'almatyEmergency112',
    name: 'Emergency services 112 — Almaty duty desk (demo)',
    type: 'EMERGENCY_SERVICES',
    regionCodes: ['KZ-75', 'KZ-19'],
    reliability: 4,
    reliabilityNote: 'Knows within minutes whether fires, casualties or calls are being registered at an address. Demonstration source.',
  },
  {
    key: 'localMedia',
    name: 'Kaspii Habar — local news site, Mangystau (fictional, demo)',
    type: 'MEDIA_OUTLET',
    regionCodes: ['KZ-47'],
    reliability: 3,
    reliabilityNote: 'Fictional outlet for demonstration. Has reporters on the spot; publishes eyewitness accounts before they are corroborated.',
  },
  {
    key: 'mediatorNetwork',
    name: 'Kelisim volunteer mediators network (fictional NGO, demo)',
    type: 'NGO',
    regionCodes: ['KZ-61', 'KZ-19', 'KZ-31', 'KZ-33', 'KZ-47'],
    reliability: 3,
    reliabilityNote: 'Fictional NGO for demonstration. Registered mediators who can reach community leaders on both sides of a dispute.',
  },
  {
    key: 'fieldVerifiers',
    name: 'Raspa field-verifier network (demo)',
    type: 'FIELD_VERIFIER',
    regionCodes: ['KZ-47', 'KZ-61', 'KZ-19', 'KZ-31', 'KZ-75'],
    reliability: 3,
    reliabilityNote: 'Volunteers, teachers and journalists who answer "is this happening in your village?"; one answer is a lead, two independent ones are evidence. Demonstration source.',
  },
  {
    key: 'almatyRegionInternalPolicy',
    name: 'Almaty Region akimat — internal policy department (demo)',
    type: 'AKIMAT_INTERNAL_POLICY',
    regionCodes: ['KZ-19'],
    reliability: 4,
    reliabilityNote: 'Coordinates district akims, elders and the police after an incident. Demonstration source.',
  },
  {
    key: 'telecomOperators',
    name: 'Mobile operators — joint press line (demo)',
    type: 'OTHER',
    regionCodes: [],
    reliability: 4,
    reliabilityNote: 'Confirms outages and restrictions of mobile internet and calls; cannot say how long an order will last. Demonstration source.',
  },
];
