/**
 * The default SPP enquiry framework: four areas of commitment, each with a few aims, each aim
 * paired with enquiry questions. Questions ask "how far", "to what extent", "how well do we know":
 * they invite a school or a partnership to look at its own practice and its evidence. Nothing here
 * grades a school, a teacher or a lesson.
 *
 * Question ids are stable for ever (self-review responses are keyed by them). The `sr-` / `pr-`
 * prefix only says where a question started (school self-review or partnership reflection); the
 * `use` field is what counts. To change the wording for a partnership, use `FrameworkTailoring`
 * (`reworded`), never a new id.
 *
 * All wording is the product's own, written in British English.
 */
import type { FrameworkPack } from '../schema/framework';
import type { PracticeLevel } from '../schema/cycle';

/** Freezes a plain-data tree so one widget cannot change the shared default for every other. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The default framework pack, id `spp-default` (the default `Partnership.frameworkId`). */
export const DEFAULT_FRAMEWORK: FrameworkPack = /* @__PURE__ */ deepFreeze<FrameworkPack>({
  schemaVersion: 1,
  kind: 'framework',
  id: 'spp-default',
  name: 'SPP enquiry framework',
  version: '1.0.0',
  areas: [
    {
      id: 'each-others-improvement',
      title: "Commitment to each other's improvement",
      summary:
        'Every school in the partnership shares in the improvement of every other school: giving time and expertise, learning from each other and following through after reviews.',
      aims: [
        {
          id: 'aim-shared-responsibility',
          aim: 'Schools see the improvement of every school in the partnership as a responsibility they hold together.',
          questions: [
            {
              id: 'pr-shared-responsibility',
              text: "To what extent do we treat each school's improvement as the business of all of us, not only of that school?",
              use: 'partnership',
              prompts: [
                "Times when one school gave leaders' or teachers' time to help another",
                'How the review schedule makes sure every school is reviewed and reviews others',
              ],
            },
            {
              id: 'pr-reciprocity',
              text: 'How far does every school, whatever its context or history, both contribute to the partnership and gain from it?',
              use: 'partnership',
              prompts: [
                'Which schools have hosted, reviewed and offered support this year',
                'Whether any school only ever gives, or only ever receives',
              ],
            },
          ],
        },
        {
          id: 'aim-sharing-practice',
          aim: 'Strong practice in one school is found, recognised and passed on so that it changes practice in other schools.',
          questions: [
            {
              id: 'pr-sharing-practice',
              text: 'How well do we know where the strongest practice in our partnership is, and how far does sharing it lead to changes elsewhere?',
              use: 'partnership',
              prompts: [
                'Strengths recorded in reviews and what happened to them',
                'A change in one school that began with a visit to another',
              ],
            },
            {
              id: 'sr-learning-from-others',
              text: 'How far do we look beyond our own school for ideas, and adapt what we find to develop our practice?',
              use: 'self-review',
              prompts: ['Visits, joint projects or shared training with partner schools', 'Something we now do differently because of another school'],
            },
          ],
        },
        {
          id: 'aim-follow-up',
          aim: 'Reviews lead to action: progress is checked after each review and support from other schools is arranged where it helps.',
          questions: [
            {
              id: 'pr-follow-up',
              text: 'To what extent is what each review finds followed through, with progress checked and support brokered between schools where it would help?',
              use: 'partnership',
              prompts: [
                'Improvement workshops and 90-day check-ins that took place on time',
                'Support offered by one school to another after a review',
              ],
            },
          ],
        },
        {
          id: 'aim-engaging-staff',
          aim: 'Teachers and other staff, not only senior leaders, take part in review and in the improvement work that follows it.',
          questions: [
            {
              id: 'pr-engaging-teachers',
              text: 'To what extent do we involve teachers across our schools in peer review and in acting on the improvement priority that comes out of it?',
              use: 'partnership',
              prompts: ['Who took part in reviews and workshops this year', 'How teachers heard about and shaped the improvement priority'],
            },
            {
              id: 'sr-staff-involvement',
              text: 'How far are staff at every level involved in looking at our practice and deciding what we should work on next?',
              use: 'self-review',
              prompts: ['How staff contributed to this self-review', "Middle leaders' part in setting and leading priorities"],
            },
          ],
        },
      ],
    },
    {
      id: 'beliefs-and-behaviours',
      title: 'Commitment to changing beliefs and behaviours',
      summary:
        'Schools let evidence, rather than habit or assumption, decide where to focus, and work together on the teaching and improvement priorities they share.',
      aims: [
        {
          id: 'aim-using-evidence',
          aim: 'Data and wider knowledge of our schools are used to decide where effort will make the most difference for pupils.',
          questions: [
            {
              id: 'sr-self-knowledge',
              text: 'How well do we know our own school: how far do our views of its strengths and next steps rest on evidence from more than one source?',
              use: 'self-review',
              prompts: [
                "The mix of evidence behind this self-review: data, pupils' work, what pupils, staff and parents say",
                'Somewhere the evidence surprised us or changed our mind',
              ],
            },
            {
              id: 'pr-evidence-focus',
              text: 'How far do we use our pooled data, and what we know about our schools beyond the data, to decide together which pupils most need our attention?',
              use: 'partnership',
              prompts: ['The information we have agreed to share with each other', 'A decision the partnership made because of shared information'],
            },
          ],
        },
        {
          id: 'aim-shared-pedagogy',
          aim: 'Partner schools identify aspects of teaching and learning they all want to strengthen, and develop them together.',
          questions: [
            {
              id: 'pr-shared-pedagogy',
              text: 'To what extent have we identified an aspect of teaching that all our schools want to develop, and how far are we developing it together?',
              use: 'partnership',
              prompts: ['Joint training, coaching or enquiry groups across schools', 'Changes in classrooms that partners describe in the same way'],
            },
            {
              id: 'sr-teaching-consistency',
              text: 'How far are the approaches to teaching we have agreed as a school seen across classes, year groups and subjects?',
              use: 'self-review',
              prompts: [
                "What learning walks, pupils' books and conversations with pupils show",
                'Where the agreed approaches are most and least visible, and why',
              ],
            },
            {
              id: 'sr-professional-learning',
              text: 'To what extent is professional development for our staff linked to our priorities, and how far does it change what happens in classrooms?',
              use: 'self-review',
              prompts: ["How this year's training and coaching connect to the improvement plan", 'A change in practice that began with professional development'],
            },
          ],
        },
        {
          id: 'aim-shared-priorities',
          aim: 'The partnership agrees a small number of improvement priorities it holds in common and acts on them together.',
          questions: [
            {
              id: 'pr-shared-priorities',
              text: "How well do we know each other's improvement priorities, and how far do we act together on the ones we have in common?",
              use: 'partnership',
              prompts: ['Priorities shared at partnership meetings', 'Work on a common priority that involves more than one school'],
            },
            {
              id: 'sr-improvement-planning',
              text: 'How far is our improvement plan built on what our self-review tells us, and focused on a few priorities that staff understand and share?',
              use: 'self-review',
              prompts: ['The link between this self-review and the current plan', "How staff would describe the school's priorities in their own words"],
            },
          ],
        },
      ],
    },
    {
      id: 'ways-of-partnership',
      title: 'Commitment to developing ways of partnership',
      summary:
        'Partners build the trust, openness and agreed ways of working that let them support and challenge each other and account to each other for what they do.',
      aims: [
        {
          id: 'aim-trust-based-accountability',
          aim: 'Schools account to one another through trust and commitments they have agreed, rather than through outside pressure.',
          questions: [
            {
              id: 'pr-mutual-accountability',
              text: 'How far do we feel able to ask each other about progress on the actions we agreed, and to be asked in return?',
              use: 'partnership',
              prompts: ['How progress on actions is reported back to partners', 'An occasion when a partner asked a searching question and it helped'],
            },
            {
              id: 'sr-leadership-challenge',
              text: 'To what extent do leaders at every level, including governors, support and question one another in ways that keep the focus on improving practice?',
              use: 'self-review',
              prompts: ['How leaders follow up agreed actions with each other', 'Questions governors have asked and what came of them'],
            },
          ],
        },
        {
          id: 'aim-openness',
          aim: 'The culture of the partnership, and of each school, lets people be honest about what is not yet working.',
          questions: [
            {
              id: 'pr-honest-conversations',
              text: 'To what extent can we talk openly with one another about the things we most need to improve?',
              use: 'both',
              prompts: ['Areas to explore that schools chose to share, not only strengths', 'How difficult messages were received after reviews'],
            },
            {
              id: 'sr-open-culture',
              text: 'How far does the culture of our school let staff say what is not working and try new approaches without fear of blame?',
              use: 'self-review',
              prompts: ['What staff say in surveys or conversations about raising concerns', 'An idea that came from staff and was tried'],
            },
          ],
        },
        {
          id: 'aim-agreed-ways',
          aim: 'A memorandum of understanding, agreed by all partners, sets out how they will support, challenge and account to each other.',
          questions: [
            {
              id: 'pr-agreed-ways',
              text: 'How well does our agreed way of working describe what we expect of each other, and how far do we keep to it in practice?',
              use: 'partnership',
              prompts: ['The memorandum of understanding and data-sharing agreement, and when they were last revisited', 'A time we referred back to what we had agreed'],
            },
          ],
        },
      ],
    },
    {
      id: 'pupils',
      title: 'Commitment to pupils',
      summary:
        'Everything the partnership does is aimed at better learning, wellbeing and outcomes for pupils, especially those who are disadvantaged or vulnerable.',
      aims: [
        {
          id: 'aim-outcomes',
          aim: "Peer review contributes to pupils' attainment and to the outcomes each school has set for its own pupils.",
          questions: [
            {
              id: 'pr-outcomes-impact',
              text: "How far can we trace changes in pupils' learning and outcomes to our peer reviews and the support that followed them?",
              use: 'partnership',
              prompts: ['Measures each school chose to watch after its review', 'What 90-day check-ins showed about the effect on pupils'],
            },
            {
              id: 'sr-curriculum',
              text: 'To what extent does our curriculum build knowledge and skills in a planned order that every pupil can follow and take part in?',
              use: 'self-review',
              prompts: ['Curriculum plans and how subject leaders explain the order of learning', 'What pupils can recall and connect from earlier learning'],
            },
            {
              id: 'sr-attendance-behaviour',
              text: 'How far do our approaches to attendance and behaviour help every pupil to be in school, settled and ready to learn?',
              use: 'self-review',
              prompts: ['Patterns in attendance and behaviour over time, including for groups of pupils', 'What pupils say about feeling safe and settled'],
            },
          ],
        },
        {
          id: 'aim-inclusion',
          aim: 'Every pupil benefits from what the partnership does, including pupils who are disadvantaged, vulnerable or have special educational needs.',
          questions: [
            {
              id: 'sr-group-gaps',
              text: 'How well do we know which groups of pupils are achieving less well than others, and what lies behind the differences?',
              use: 'both',
              prompts: ['Information on groups such as disadvantaged pupils and pupils with special educational needs and disabilities (SEND)', 'What we have found out about the reasons, beyond the numbers'],
            },
            {
              id: 'sr-inclusion',
              text: 'How far do pupils with special educational needs and disabilities, and pupils facing disadvantage, take a full part in the learning and life of the school?',
              use: 'self-review',
              prompts: ['Take-up of clubs, trips and responsibilities by different groups', 'How teaching is adapted so that pupils can take part'],
            },
            {
              id: 'sr-pupil-voice',
              text: "To what extent do pupils' own views shape how we understand and improve their experience of school?",
              use: 'both',
              prompts: ['Conversations, surveys or pupil groups, and what changed because of them'],
            },
          ],
        },
        {
          id: 'aim-families',
          aim: "Parents, carers and the wider community are partners in pupils' learning and in the life of the school.",
          questions: [
            {
              id: 'sr-parents-carers',
              text: "How well do we involve parents and carers in understanding and supporting their children's learning?",
              use: 'self-review',
              prompts: ['What parents and carers tell us, and how we responded', "Ways families take part in their children's learning"],
            },
          ],
        },
      ],
    },
  ],
});

/** The question every self-review response answers. */
export const PRACTICE_LEVEL_QUESTION = 'How far is this part of our practice?';

/**
 * Default en-GB text for each point on the "how far is this part of our practice" continuum. The
 * levels describe practice, never the people doing it, and are not a grade. UIs may replace this
 * text with their own strings; the keys (`PRACTICE_LEVELS`) are what is stored.
 */
export const PRACTICE_LEVEL_TEXT: Readonly<Record<PracticeLevel, { readonly label: string; readonly description: string }>> =
  /* @__PURE__ */ deepFreeze({
    'not-yet': {
      label: 'Not yet part of our practice',
      description: 'We have not started on this yet, or it is still at the stage of ideas and conversations.',
    },
    beginning: {
      label: 'Beginning to be part of our practice',
      description: 'We have made a start: it happens in some places or at some times, and we are learning what works.',
    },
    developing: {
      label: 'Developing in our practice',
      description: 'It happens in most places most of the time, and we are working on making it consistent.',
    },
    embedded: {
      label: 'Embedded in our practice',
      description: 'It is how we work: consistent, sustained and checked on, and we keep refining it.',
    },
  });
