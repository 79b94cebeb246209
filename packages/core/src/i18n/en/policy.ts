/** en-GB: the role rules' refusals and who may take a role (policy.ts), and schools named in messages. */
import type { CataloguePart } from '../messages';

export const enPolicy: CataloguePart<'policy' | 'violation' | 'school'> = {
  'policy.not-member': () => 'You are not a member of this partnership.',
  'policy.associate-reads-only': () => 'The programme associate follows progress and supports the partnership, but does not change its records.',
  'policy.partnership-lead-only': () => 'Only the partnership lead can do this.',
  'policy.create-cycle': () => 'A review cycle is opened by the partnership lead, or by the headteacher for their own school.',
  'policy.headteachers-only': () => 'Partnership reflections are recorded by the partnership’s headteachers.',
  'policy.needs-cycle': () => 'This action needs a review cycle.',
  'policy.view-self-review': ({ school }) => `The self-review of ${school} belongs to the school: it is shared with its review team and facilitator.`,
  'policy.view-review-detail': ({ school }) =>
    `The working detail of the review of ${school} is shared with those taking part in it; the partnership sees what is agreed and the actions’ progress.`,
  'policy.view-evidence': ({ school }) => `Evidence notes are seen only by the review team and the headteacher of ${school}.`,
  'policy.edit-self-review': ({ school }) => `Only leaders of ${school} write its self-review.`,
  'policy.host-head-only': ({ school }) => `Only the headteacher of ${school} can do this.`,
  'policy.set-review-team': () => 'Only the partnership lead or the host headteacher can choose who takes part.',
  'policy.lead-or-host': ({ school }) => `The review plan is agreed between the lead reviewer and the headteacher of ${school}.`,
  'policy.review-team-only': ({ school }) => `Only the review team of ${school} can do this.`,
  'policy.plan-workshop': () => 'The workshop is planned by its Improvement Champion with the host headteacher.',
  'policy.appoint-facilitator': ({ school }) =>
    `An Improvement Champion can take on this workshop themselves; another facilitator is appointed by the partnership lead or the headteacher of ${school}.`,
  'policy.run-workshop': () => 'Only the Improvement Champion facilitating the workshop can run it.',
  'policy.edit-action-plan': ({ school }) => `The action plan belongs to ${school}; its leaders write it with their Improvement Champion.`,
  'policy.check-in-recorders': () => 'The check-in is recorded by the lead reviewer or the Improvement Champion.',
  'policy.pause-or-withdraw': () => 'Only the partnership lead or the host headteacher can pause or withdraw a review.',
  'violation.own-school': ({ person, school }) => `${person} works at ${school}: nobody reviews their own school.`,
  'violation.associate': ({ person }) => `${person} is the programme associate, who supports the partnership but does not review.`,
  'violation.reviewer-trained': ({ person }) => `${person} has not completed peer reviewer training.`,
  'violation.duplicate-member': () => 'Someone is listed twice in the review team.',
  'violation.team-size': ({ min, max, count }) => `A review team has ${min === max ? min : `${min} to ${max}`} members; this one has ${count}.`,
  'violation.unknown-person': ({ id }) => `No one with id "${id}" is in this partnership.`,
  'violation.no-lead': () => 'The review team has no lead reviewer.',
  'violation.lead-in-team': ({ person }) => `${person} leads the review but is not listed in the team.`,
  'violation.lead-headteacher': ({ person }) => `The lead reviewer must be a headteacher; ${person} is not.`,
  'violation.facilitator-trained': ({ person }) => `${person} is not a trained Improvement Champion.`,
  'violation.facilitator-other-school': ({ person }) =>
    `${person} cannot facilitate: the workshop is led by an Improvement Champion from another school in the partnership.`,
  'school.not-in-partnership': () => 'That school is not in this partnership.',
  'school.unknown': () => 'an unknown school',
  'school.host': () => 'the host school',
};
