// Every URL of the web app, in one place.
export const paths = {
  home: '/',
  programs: '/programs',
  program: (id: string) => `/programs/${id}`,
  programApply: (id: string) => `/programs/${id}/apply`,
  programApplications: (id: string) => `/programs/${id}/applications`,
  /** The operator's page of the program's call for host companies. */
  programHostCall: (id: string) => `/programs/${id}/host-call`,
  programHostApplication: (programId: string, applicationId: string) => `/programs/${programId}/host-call/applications/${applicationId}`,
  /** The calls a host company may apply to (and an operator's calls). */
  hostCalls: '/host-calls',
  hostCall: (id: string) => `/host-calls/${id}`,
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
