import type { InternshipPlanView } from '../../../../contracts/internship.ts';

/** The operators and the intern's company plan the days, record attendance, comment and report incidents. */
export const mayPlan = (viewer: InternshipPlanView['viewer']) => viewer === 'operator' || viewer === 'company';
