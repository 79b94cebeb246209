/**
 * A fictional partnership of six schools, shared by the demo page, Storybook and tests. Every name
 * is invented.
 */
import { Partnership, type PartnershipInput } from '../schema/partnership';

const school = (id: string, name: string, phase: 'primary' | 'secondary' | 'special' | 'all-through', size: 'small' | 'medium' | 'large', pupils: number, group: string) =>
  ({ id, name, phase, size, pupils, group }) as const;

export const DEMO_PARTNERSHIP_INPUT: PartnershipInput = {
  schemaVersion: 1,
  kind: 'partnership',
  id: 'p-riverside',
  name: 'Riverside Learning Partnership',
  phase: 1,
  academicYear: '2026-27',
  schools: [
    school('s-ashby', 'Ashby Brook Primary', 'primary', 'small', 186, 'North triad'),
    school('s-kelmarsh', 'Kelmarsh Road Primary', 'primary', 'medium', 402, 'North triad'),
    school('s-oakfield', 'Oakfield Academy', 'secondary', 'large', 1240, 'North triad'),
    school('s-millbrook', 'Millbrook Church of England Primary', 'primary', 'small', 158, 'South triad'),
    school('s-thornhill', 'Thornhill Special School', 'special', 'small', 94, 'South triad'),
    school('s-westgate', 'Westgate All-Through School', 'all-through', 'large', 1620, 'South triad'),
  ],
  people: [
    // Ashby Brook Primary
    { id: 'u-amara', name: 'Amara Okafor', schoolId: 's-ashby', jobRole: 'headteacher', programmeRoles: ['peer-reviewer', 'partnership-lead'], trained: ['peer-reviewer'] },
    { id: 'u-ben', name: 'Ben Hartley', schoolId: 's-ashby', jobRole: 'senior-leader', programmeRoles: ['peer-reviewer'], trained: ['peer-reviewer'] },
    { id: 'u-chloe', name: 'Chloe Dunn', schoolId: 's-ashby', jobRole: 'middle-leader', programmeRoles: ['improvement-champion'], trained: ['improvement-champion'] },
    // Kelmarsh Road Primary
    { id: 'u-dev', name: 'Dev Patel', schoolId: 's-kelmarsh', jobRole: 'headteacher', programmeRoles: ['peer-reviewer'], trained: ['peer-reviewer'] },
    { id: 'u-erin', name: 'Erin McAllister', schoolId: 's-kelmarsh', jobRole: 'senior-leader', programmeRoles: ['peer-reviewer'], trained: ['peer-reviewer'] },
    { id: 'u-femi', name: 'Femi Adeyemi', schoolId: 's-kelmarsh', jobRole: 'middle-leader', programmeRoles: ['improvement-champion'], trained: ['improvement-champion'] },
    // Oakfield Academy
    { id: 'u-grace', name: 'Grace Whitfield', schoolId: 's-oakfield', jobRole: 'headteacher', programmeRoles: ['peer-reviewer'], trained: ['peer-reviewer'] },
    { id: 'u-harun', name: 'Harun Demir', schoolId: 's-oakfield', jobRole: 'senior-leader', programmeRoles: ['peer-reviewer'], trained: ['peer-reviewer'] },
    { id: 'u-isla', name: 'Isla Fraser', schoolId: 's-oakfield', jobRole: 'middle-leader', programmeRoles: ['improvement-champion'], trained: ['improvement-champion'] },
    // Millbrook CE Primary
    { id: 'u-jonah', name: 'Jonah Price', schoolId: 's-millbrook', jobRole: 'headteacher', programmeRoles: ['peer-reviewer'], trained: ['peer-reviewer'] },
    { id: 'u-kirsty', name: 'Kirsty Lamb', schoolId: 's-millbrook', jobRole: 'senior-leader', programmeRoles: ['peer-reviewer'], trained: ['peer-reviewer'] },
    { id: 'u-leon', name: 'Leon Baptiste', schoolId: 's-millbrook', jobRole: 'middle-leader', programmeRoles: ['improvement-champion'], trained: ['improvement-champion'] },
    // Thornhill Special School
    { id: 'u-maya', name: 'Maya Sandhu', schoolId: 's-thornhill', jobRole: 'headteacher', programmeRoles: ['peer-reviewer'], trained: ['peer-reviewer'] },
    { id: 'u-niall', name: 'Niall Byrne', schoolId: 's-thornhill', jobRole: 'senior-leader', programmeRoles: ['peer-reviewer'], trained: ['peer-reviewer'] },
    { id: 'u-olu', name: 'Olu Bankole', schoolId: 's-thornhill', jobRole: 'middle-leader', programmeRoles: ['improvement-champion'], trained: ['improvement-champion'] },
    // Westgate All-Through
    { id: 'u-priya', name: 'Priya Raman', schoolId: 's-westgate', jobRole: 'headteacher', programmeRoles: ['peer-reviewer'], trained: ['peer-reviewer'] },
    { id: 'u-quentin', name: 'Quentin Hale', schoolId: 's-westgate', jobRole: 'senior-leader', programmeRoles: ['peer-reviewer'], trained: ['peer-reviewer'] },
    { id: 'u-rosa', name: 'Rosa Lindqvist', schoolId: 's-westgate', jobRole: 'middle-leader', programmeRoles: ['improvement-champion'], trained: ['improvement-champion'] },
    { id: 'u-sam', name: 'Sam Whitaker', schoolId: 's-westgate', jobRole: 'teacher', programmeRoles: [], trained: [] },
    // The programme associate belongs to no school.
    { id: 'u-tessa', name: 'Tessa Moore', jobRole: 'associate', programmeRoles: [], trained: [] },
  ],
  goals: {
    mainGoal: 'Every school in the partnership knows itself well and uses peer review to act on what it finds.',
    getBetterAt: 'Following up after reviews, so that workshops and 90-day check-ins actually happen.',
    mainConcern: 'Finding the time for reviewers to be out of their own schools.',
    confidentIn: 'The trust between our headteachers and our shared focus on reading.',
    anythingElse: '',
    agreedOn: '2026-09-17',
  },
  mou: { agreedOn: '2026-09-17', note: 'Signed by all six headteachers.' },
  dataSharing: { agreedOn: '2026-09-24', note: '' },
};

/** A fresh, validated copy of the demo partnership (callers may mutate it freely). */
export function demoPartnership(): Partnership {
  return Partnership.parse(structuredClone(DEMO_PARTNERSHIP_INPUT));
}
