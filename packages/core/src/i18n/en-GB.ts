/**
 * Core's messages in British English: the sentences core has always written, word for word. The
 * default locale. Its parts (`./en/*`) are imported by the modules that send those messages, so a
 * page carries the English of the features it uses; `enGB` is all of them, for a catalogue of
 * one's own or to render any message in English on a page that uses only some of core.
 */
import type { Catalogue } from './messages';
import { enCsv } from './en/csv';
import { enCycle } from './en/cycle';
import { enIssues } from './en/issues';
import { enPolicy } from './en/policy';
import { enRecords } from './en/records';
import { enSchedule } from './en/schedule';
import { enTailoring } from './en/tailoring';

export { STAGES } from './en/cycle';
export { enCsv, enCycle, enIssues, enPolicy, enRecords, enSchedule, enTailoring };

export const enGB: Catalogue = { ...enCycle, ...enPolicy, ...enRecords, ...enSchedule, ...enTailoring, ...enIssues, ...enCsv };
