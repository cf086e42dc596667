export * from './organizations.ts';
export * from './programs.ts';
export * from './audit.ts';
export * from './outbox.ts';
export * from './auth.ts';
export * from './identity.ts';
export * from './applications.ts';
export * from './host-calls.ts';
