import { createBrowserRouter, Navigate } from 'react-router';
import { AuditLogPage } from '../features/admin/components/audit-log-page.tsx';
import { OutboxPage } from '../features/admin/components/outbox-page.tsx';
import { ApplicationsPage } from '../features/applications/components/applications-page.tsx';
import { ApplyPage } from '../features/applications/components/apply-page.tsx';
import { FairPage } from '../features/fairs/components/fair-page.tsx';
import { FairsPage } from '../features/fairs/components/fairs-page.tsx';
import { TimetablePage } from '../features/fairs/components/timetable-page.tsx';
import { MatchingsPage } from '../features/matching/components/matchings-page.tsx';
import { RoundPage } from '../features/matching/components/round-page.tsx';
import { CheckInPage } from '../features/lectures/components/check-in-page.tsx';
import { LecturesPage } from '../features/lectures/components/lectures-page.tsx';
import { MyAttendancePage } from '../features/lectures/components/my-attendance-page.tsx';
import { QrPage } from '../features/lectures/components/qr-page.tsx';
import { TickListPage } from '../features/lectures/components/tick-list-page.tsx';
import { AccountPage } from '../features/auth/components/account-page.tsx';
import { ForgotPasswordPage } from '../features/auth/components/forgot-password-page.tsx';
import { RequireSignIn } from '../features/auth/components/require-sign-in.tsx';
import { ResetPasswordPage } from '../features/auth/components/reset-password-page.tsx';
import { SignInPage } from '../features/auth/components/sign-in-page.tsx';
import { TwoFactorSetupPage } from '../features/auth/components/two-factor-setup-page.tsx';
import { OrganizationsPage } from '../features/organizations/components/organizations-page.tsx';
import { AcceptInvitationPage } from '../features/people/components/accept-invitation-page.tsx';
import { PeoplePage } from '../features/people/components/people-page.tsx';
import { CompanyCallPage } from '../features/host-calls/components/company-call-page.tsx';
import { HostApplicationReviewPage } from '../features/host-calls/components/host-application-review-page.tsx';
import { OpenCallsPage } from '../features/host-calls/components/open-calls-page.tsx';
import { ProgramHostCallPage } from '../features/host-calls/components/program-host-call-page.tsx';
import { IdentityDocumentsPage } from '../features/identity/components/identity-documents-page.tsx';
import { ProgramPage } from '../features/programs/components/program-page.tsx';
import { ProgramsPage } from '../features/programs/components/programs-page.tsx';
import { StudentImportPage } from '../features/student-import/components/student-import-page.tsx';
import { paths } from '../paths.ts';
import { Layout } from './layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';

export const router = createBrowserRouter([
  // Signed-out pages: their own frame, no navigation.
  { path: paths.signIn, element: <SignInPage /> },
  { path: paths.forgotPassword, element: <ForgotPasswordPage /> },
  { path: paths.resetPassword, element: <ResetPasswordPage /> },
  { path: paths.twoFactorSetup, element: <TwoFactorSetupPage /> },
  { path: paths.acceptInvitation, element: <AcceptInvitationPage /> },
  {
    element: (
      <RequireSignIn>
        <Layout />
      </RequireSignIn>
    ),
    children: [
      { path: paths.home, element: <Navigate to={paths.programs} replace /> },
      { path: paths.programs, element: <ProgramsPage /> },
      { path: '/programs/:id', element: <ProgramPage /> },
      { path: '/programs/:id/apply', element: <ApplyPage /> },
      { path: '/programs/:id/applications', element: <ApplicationsPage /> },
      { path: '/programs/:id/lectures', element: <LecturesPage /> },
      { path: '/programs/:id/my-attendance', element: <MyAttendancePage /> },
      { path: '/lecture-sessions/:id/attendance', element: <TickListPage /> },
      { path: '/lecture-sessions/:id/qr', element: <QrPage /> },
      { path: paths.attend, element: <CheckInPage /> },
      { path: '/programs/:id/applications/import', element: <StudentImportPage /> },
      { path: '/programs/:id/fairs', element: <FairsPage /> },
      { path: '/fairs/:id', element: <FairPage /> },
      { path: '/fairs/:id/timetable', element: <TimetablePage /> },
      { path: '/programs/:id/matchings', element: <MatchingsPage /> },
      { path: '/matchings/:id', element: <RoundPage /> },
      { path: '/programs/:id/host-call', element: <ProgramHostCallPage /> },
      { path: '/programs/:id/host-call/applications/:applicationId', element: <HostApplicationReviewPage /> },
      // Housing is loaded when first opened: its own chunk keeps the first load of the app small.
      { path: '/programs/:id/housing', lazy: async () => ({ Component: (await import('../features/housing/components/program-housing-page.tsx')).ProgramHousingPage }) },
      { path: '/programs/:id/my-housing', lazy: async () => ({ Component: (await import('../features/housing/components/my-housing-page.tsx')).MyHousingPage }) },
      { path: '/programs/:id/housing-requests', lazy: async () => ({ Component: (await import('../features/housing/components/company-requests-page.tsx')).CompanyRequestsPage }) },
      { path: '/programs/:id/arrivals', lazy: async () => ({ Component: (await import('../features/housing/components/college-arrivals-page.tsx')).CollegeArrivalsPage }) },
      { path: paths.housing, lazy: async () => ({ Component: (await import('../features/housing/components/partner-housing-page.tsx')).PartnerHousingPage }) },
      // The internship and its final report meeting, also their own chunk.
      { path: '/programs/:id/internship', lazy: async () => ({ Component: (await import('../features/internship/components/internship-overview-page.tsx')).InternshipOverviewPage }) },
      { path: '/programs/:id/reports', lazy: async () => ({ Component: (await import('../features/reports/components/reports-page.tsx')).ReportsPage }) },
      { path: '/programs/:id/visa-packs', lazy: async () => ({ Component: (await import('../features/internship/components/visa-packs-page.tsx')).VisaPacksPage }) },
      { path: '/internship-plans/:id', lazy: async () => ({ Component: (await import('../features/internship/components/plan-page.tsx')).PlanPage }) },
      { path: paths.internship, lazy: async () => ({ Component: (await import('../features/internship/components/my-internship-page.tsx')).MyInternshipPage }) },
      { path: '/programs/:id/readiness', lazy: async () => ({ Component: (await import('../features/readiness/components/readiness-page.tsx')).ReadinessPage }) },
      { path: '/programs/:id/projects', lazy: async () => ({ Component: (await import('../features/projects/components/projects-page.tsx')).ProjectsPage }) },
      { path: '/programs/:id/report-meeting', lazy: async () => ({ Component: (await import('../features/internship/components/report-meeting-page.tsx')).ReportMeetingPage }) },
      // Hiring and after: the board of applications and offers, the hires, one hire's page; their own chunk.
      { path: '/programs/:id/hiring', lazy: async () => ({ Component: (await import('../features/hiring/components/hiring-board-page.tsx')).HiringBoardPage }) },
      { path: '/programs/:id/employments', lazy: async () => ({ Component: (await import('../features/hiring/components/employments-page.tsx')).EmploymentsPage }) },
      { path: '/employments/:id', lazy: async () => ({ Component: (await import('../features/hiring/components/employment-page.tsx')).EmploymentPage }) },
      { path: paths.jobs, lazy: async () => ({ Component: (await import('../features/hiring/components/jobs-page.tsx')).JobsPage }) },
      { path: paths.hostCalls, element: <OpenCallsPage /> },
      { path: '/host-calls/:id', element: <CompanyCallPage /> },
      { path: paths.organizations, element: <OrganizationsPage /> },
      { path: paths.account, element: <AccountPage /> },
      { path: paths.people, element: <PeoplePage /> },
      { path: '/people/:userId/documents', element: <IdentityDocumentsPage /> },
      { path: paths.auditLog, element: <AuditLogPage /> },
      { path: paths.outbox, element: <OutboxPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
