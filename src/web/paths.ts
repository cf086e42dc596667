// Every URL of the web app, in one place.
export const paths = {
  home: '/',
  programs: '/programs',
  program: (id: string) => `/programs/${id}`,
  programApply: (id: string) => `/programs/${id}/apply`,
  programApplications: (id: string) => `/programs/${id}/applications`,
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
