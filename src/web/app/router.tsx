import { createBrowserRouter, Navigate } from 'react-router';
import { OrganizationsPage } from '../features/organizations/components/organizations-page.tsx';
import { ProgramPage } from '../features/programs/components/program-page.tsx';
import { ProgramsPage } from '../features/programs/components/programs-page.tsx';
import { paths } from '../paths.ts';
import { Layout } from './layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: paths.home, element: <Navigate to={paths.programs} replace /> },
      { path: paths.programs, element: <ProgramsPage /> },
      { path: '/programs/:id', element: <ProgramPage /> },
      { path: paths.organizations, element: <OrganizationsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
