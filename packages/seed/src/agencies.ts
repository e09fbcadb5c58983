/** The agency record behind each portal: names, introduction, functions, structure, contacts, map. */
import { introduction, introductionEn, functions } from './agency-texts.ts';
import type { Body } from './bodies.ts';
import { communeProfile, type CommuneProfile } from './commune-profile.ts';
import { orgChart, type UnitSeed } from './org-charts.ts';

export interface AgencySeed {
  portal: string;
  name: string;
  shortName: string;
  nameEn: string;
  /** Paragraphs, in the portal's language. */
  introduction: string[];
  introductionEn: string;
  /** List items; null for communes, which publish a profile instead. */
  functions: string[] | null;
  units: UnitSeed[];
  contact: Body['contact'];
  location: Body['location'];
  profile: CommuneProfile | null;
}

/** `parent` is the body of the portal's parent, `subUnits` the names of the level-3 units under it. */
export function generateAgency(body: Body, parent: Body | null, subUnits: readonly string[], now: Date): AgencySeed {
  const profile = communeProfile(body, now);
  return {
    portal: body.portal.code,
    name: body.name,
    shortName: body.shortName,
    nameEn: body.nameEn,
    introduction: introduction(body, parent, profile),
    introductionEn: introductionEn(body, parent, profile),
    functions: functions(body),
    units: orgChart(body, subUnits),
    contact: body.contact,
    location: body.location,
    profile,
  };
}
