export * from './organizations.ts';
export * from './programs.ts';
