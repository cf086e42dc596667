// i18next for the web app. Japanese for a first visit unless the browser prefers Mongolian or
// English; the chosen language persists in localStorage.
import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, isLanguage, type Language } from '../../domain/shared/localized-text.ts';
import enAdmin from '../../i18n/locales/en/admin.json';
import enApplications from '../../i18n/locales/en/applications.json';
import enLectures from '../../i18n/locales/en/lectures.json';
import enAuth from '../../i18n/locales/en/auth.json';
import enHostCalls from '../../i18n/locales/en/host-calls.json';
import enHousing from '../../i18n/locales/en/housing.json';
import enIdentity from '../../i18n/locales/en/identity.json';
import enInternship from '../../i18n/locales/en/internship.json';
import enHiring from '../../i18n/locales/en/hiring.json';
import enReadiness from '../../i18n/locales/en/readiness.json';
import enReports from '../../i18n/locales/en/reports.json';
import enProjects from '../../i18n/locales/en/projects.json';
import enCommon from '../../i18n/locales/en/common.json';
import enErrors from '../../i18n/locales/en/errors.json';
import enFairs from '../../i18n/locales/en/fairs.json';
import enMatching from '../../i18n/locales/en/matching.json';
import enOrganizations from '../../i18n/locales/en/organizations.json';
import enPeople from '../../i18n/locales/en/people.json';
import enPrograms from '../../i18n/locales/en/programs.json';
import enStudentImport from '../../i18n/locales/en/student-import.json';
import jaAdmin from '../../i18n/locales/ja/admin.json';
import jaApplications from '../../i18n/locales/ja/applications.json';
import jaLectures from '../../i18n/locales/ja/lectures.json';
import jaAuth from '../../i18n/locales/ja/auth.json';
import jaHostCalls from '../../i18n/locales/ja/host-calls.json';
import jaHousing from '../../i18n/locales/ja/housing.json';
import jaIdentity from '../../i18n/locales/ja/identity.json';
import jaInternship from '../../i18n/locales/ja/internship.json';
import jaHiring from '../../i18n/locales/ja/hiring.json';
import jaReadiness from '../../i18n/locales/ja/readiness.json';
import jaReports from '../../i18n/locales/ja/reports.json';
import jaProjects from '../../i18n/locales/ja/projects.json';
import jaCommon from '../../i18n/locales/ja/common.json';
import jaErrors from '../../i18n/locales/ja/errors.json';
import jaFairs from '../../i18n/locales/ja/fairs.json';
import jaMatching from '../../i18n/locales/ja/matching.json';
import jaOrganizations from '../../i18n/locales/ja/organizations.json';
import jaPeople from '../../i18n/locales/ja/people.json';
import jaPrograms from '../../i18n/locales/ja/programs.json';
import jaStudentImport from '../../i18n/locales/ja/student-import.json';
import mnAdmin from '../../i18n/locales/mn/admin.json';
import mnApplications from '../../i18n/locales/mn/applications.json';
import mnLectures from '../../i18n/locales/mn/lectures.json';
import mnAuth from '../../i18n/locales/mn/auth.json';
import mnHostCalls from '../../i18n/locales/mn/host-calls.json';
import mnHousing from '../../i18n/locales/mn/housing.json';
import mnIdentity from '../../i18n/locales/mn/identity.json';
import mnInternship from '../../i18n/locales/mn/internship.json';
import mnHiring from '../../i18n/locales/mn/hiring.json';
import mnReadiness from '../../i18n/locales/mn/readiness.json';
import mnReports from '../../i18n/locales/mn/reports.json';
import mnProjects from '../../i18n/locales/mn/projects.json';
import mnCommon from '../../i18n/locales/mn/common.json';
import mnErrors from '../../i18n/locales/mn/errors.json';
import mnFairs from '../../i18n/locales/mn/fairs.json';
import mnMatching from '../../i18n/locales/mn/matching.json';
import mnOrganizations from '../../i18n/locales/mn/organizations.json';
import mnPeople from '../../i18n/locales/mn/people.json';
import mnPrograms from '../../i18n/locales/mn/programs.json';
import mnStudentImport from '../../i18n/locales/mn/student-import.json';

export const LANGUAGE_STORAGE_KEY = 'kakehashi.language';

export const i18n = i18next.createInstance();

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: {
      ja: { common: jaCommon, auth: jaAuth, identity: jaIdentity, programs: jaPrograms, organizations: jaOrganizations, errors: jaErrors, people: jaPeople, admin: jaAdmin, applications: jaApplications, lectures: jaLectures, 'student-import': jaStudentImport, hostCalls: jaHostCalls, fairs: jaFairs, matching: jaMatching, housing: jaHousing, internship: jaInternship, hiring: jaHiring, readiness: jaReadiness, reports: jaReports, projects: jaProjects },
      mn: { common: mnCommon, auth: mnAuth, identity: mnIdentity, programs: mnPrograms, organizations: mnOrganizations, errors: mnErrors, people: mnPeople, admin: mnAdmin, applications: mnApplications, lectures: mnLectures, 'student-import': mnStudentImport, hostCalls: mnHostCalls, fairs: mnFairs, matching: mnMatching, housing: mnHousing, internship: mnInternship, hiring: mnHiring, readiness: mnReadiness, reports: mnReports, projects: mnProjects },
      en: { common: enCommon, auth: enAuth, identity: enIdentity, programs: enPrograms, organizations: enOrganizations, errors: enErrors, people: enPeople, admin: enAdmin, applications: enApplications, lectures: enLectures, 'student-import': enStudentImport, hostCalls: enHostCalls, fairs: enFairs, matching: enMatching, housing: enHousing, internship: enInternship, hiring: enHiring, readiness: enReadiness, reports: enReports, projects: enProjects },
    },
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'ja',
    defaultNS: 'common',
    ns: ['common', 'auth', 'identity', 'programs', 'organizations', 'errors', 'people', 'admin', 'applications', 'lectures', 'student-import', 'hostCalls', 'fairs', 'matching', 'housing', 'internship', 'hiring', 'readiness', 'reports', 'projects'],
    interpolation: { escapeValue: false },
    detection: { order: ['localStorage', 'navigator'], lookupLocalStorage: LANGUAGE_STORAGE_KEY, caches: ['localStorage'] },
    initAsync: false,
    showSupportNotice: false,
  });

export function currentLanguage(): Language {
  const resolved = i18n.resolvedLanguage;
  return isLanguage(resolved) ? resolved : 'ja';
}

i18n.on('languageChanged', () => {
  document.documentElement.lang = currentLanguage();
});
document.documentElement.lang = currentLanguage();
