// Every URL of the web app, in one place.
export const paths = {
  home: '/',
  programs: '/programs',
  program: (id: string) => `/programs/${id}`,
  programApply: (id: string) => `/programs/${id}/apply`,
  programApplications: (id: string) => `/programs/${id}/applications`,
  programLectures: (id: string) => `/programs/${id}/lectures`,
  programMyAttendance: (id: string) => `/programs/${id}/my-attendance`,
  sessionAttendance: (id: string) => `/lecture-sessions/${id}/attendance`,
  sessionQr: (id: string) => `/lecture-sessions/${id}/qr`,
  /** Where a session's QR code leads: the student's check-in, with the token in `t`. */
  attend: '/attend',
  programImport: (id: string) => `/programs/${id}/applications/import`,
  /** A program's interview fairs; one fair; its printable timetables. */
  programFairs: (id: string) => `/programs/${id}/fairs`,
  fair: (id: string) => `/fairs/${id}`,
  fairTimetable: (id: string) => `/fairs/${id}/timetable`,
  /** A program's intern-selection rounds; one round (lists, result). */
  programMatchings: (id: string) => `/programs/${id}/matchings`,
  matching: (id: string) => `/matchings/${id}`,
  /** The operator's page of the program's call for host companies. */
  programHostCall: (id: string) => `/programs/${id}/host-call`,
  programHostApplication: (programId: string, applicationId: string) => `/programs/${programId}/host-call/applications/${applicationId}`,
  /** The calls a host company may apply to (and an operator's calls). */
  hostCalls: '/host-calls',
  hostCall: (id: string) => `/host-calls/${id}`,
  /** A program's housing (operators: allocation, units, contracts, arrival, requests); a student's own flat; a hiring company's requests for flats. */
  programHousing: (id: string) => `/programs/${id}/housing`,
  programMyHousing: (id: string) => `/programs/${id}/my-housing`,
  programHousingRequests: (id: string) => `/programs/${id}/housing-requests`,
  programArrivals: (id: string) => `/programs/${id}/arrivals`,
  /** The housing partner's units, occupancy, requests and contracts. */
  housing: '/housing',
  /** A program's interns during the internship; one intern's plan (days, reports, incidents); the final report meeting. */
  programInternship: (id: string) => `/programs/${id}/internship`,
  internshipPlan: (id: string) => `/internship-plans/${id}`,
  /** The interns' short-stay visa packs (the operators). */
  programVisaPacks: (id: string) => `/programs/${id}/visa-packs`,
  programReportMeeting: (id: string) => `/programs/${id}/report-meeting`,
  /** The host companies' readiness to take interns and employ foreign staff. */
  programReadiness: (id: string) => `/programs/${id}/readiness`,
  /** A program's funded projects (e.g. JICA's): indicators, budget, expenses and the funder's report. */
  programProjects: (id: string) => `/programs/${id}/projects`,
  programReports: (id: string) => `/programs/${id}/reports`,
  /** The navigation's entry: a student's own plan, or the programs whose interns one follows. */
  internship: '/internship',
  /** Hiring after the internship: a program's board of applications and offers; its hires; one hire's page (residence paperwork, check-ins). */
  programHiring: (id: string) => `/programs/${id}/hiring`,
  programEmployments: (id: string) => `/programs/${id}/employments`,
  employment: (id: string) => `/employments/${id}`,
  /** The navigation's entry: a student's job applications (or their hire's page), a company's programs. */
  jobs: '/jobs',
  organizations: '/organizations',
  signIn: '/sign-in',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  twoFactorSetup: '/two-factor-setup',
  account: '/account',
  people: '/people',
  identity: (userId: string) => `/people/${userId}/documents`,
  auditLog: '/audit-log',
  outbox: '/outbox',
  acceptInvitation: '/invitations/accept',
} as const;
