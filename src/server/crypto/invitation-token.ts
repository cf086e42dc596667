// Invitation links carry 32 random bytes; the database keeps only their SHA-256, so a copy
// of the database (a backup, a read replica) cannot be used to accept anyone's invitation.
// The token has full entropy, so an unsalted fast hash is enough to look it up.
import crypto from 'node:crypto';

export function hashInvitationToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = crypto.randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token) };
}

export const invitationLink = (publicUrl: string, token: string) => `${publicUrl}/invitations/accept?token=${encodeURIComponent(token)}`;
