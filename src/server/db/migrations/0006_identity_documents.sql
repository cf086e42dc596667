ALTER TYPE "public"."audit_action" ADD VALUE 'read_sensitive_refused';--> statement-breakpoint
CREATE TABLE "identity_documents" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"passport_number_encrypted" text,
	"passport_expires_on" date,
	"residence_card_number_encrypted" text,
	"residence_card_expires_on" date,
	"birth_date_encrypted" text,
	"nationality" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "identity_documents" ADD CONSTRAINT "identity_documents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;