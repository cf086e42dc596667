// Every URL of the web app, in one place.
export const paths = {
  home: '/',
  programs: '/programs',
  program: (id: string) => `/programs/${id}`,
  organizations: '/organizations',
} as const;
