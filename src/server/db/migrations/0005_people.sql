ALTER TYPE "public"."audit_action" ADD VALUE 'invite';--> statement-breakpoint
ALTER TYPE "public"."audit_action" ADD VALUE 'accept';--> statement-breakpoint
ALTER TYPE "public"."audit_action" ADD VALUE 'revoke';--> statement-breakpoint
ALTER TYPE "public"."audit_action" ADD VALUE 'deactivate';--> statement-breakpoint
ALTER TYPE "public"."audit_action" ADD VALUE 'reactivate';--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "organization_id" uuid;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_messages_organization_idx" ON "outbox_messages" USING btree ("organization_id");