CREATE TABLE "activity" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_activity" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "Operation" TEXT NOT NULL,
    "Method" TEXT NOT NULL,
    "Resource" TEXT NOT NULL,
    "Status" INTEGER NOT NULL
);


CREATE TABLE "cache_entries" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_cache_entries" PRIMARY KEY,
    "Value" BLOB NOT NULL,
    "AbsoluteExpiration" TEXT NULL,
    "SlidingExpiration" TEXT NULL,
    "ExpiresAt" TEXT NOT NULL
);


CREATE TABLE "data_protection_keys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_data_protection_keys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);


CREATE TABLE "follow_ups" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_follow_ups" PRIMARY KEY AUTOINCREMENT,
    "MailboxId" TEXT NOT NULL,
    "FollowUpId" TEXT NOT NULL,
    "EventId" TEXT NOT NULL,
    "Role" TEXT NULL,
    "Company" TEXT NULL,
    "InterviewEnd" TEXT NOT NULL,
    "InterviewEndDate" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "RespondBy" TEXT NULL,
    "StatusCheckDue" TEXT NULL,
    "RemindAt" TEXT NULL,
    "StatusCheckTo" TEXT NULL,
    "EmployerDomains" TEXT NOT NULL,
    "EmployerAddresses" TEXT NOT NULL,
    "SchedulingAddress" TEXT NULL,
    "TaskListId" TEXT NULL,
    "TaskId" TEXT NULL,
    "StatusCheckDraftId" TEXT NULL,
    "AutoMode" INTEGER NULL,
    "DueSetByUser" INTEGER NOT NULL,
    "DetectedAt" TEXT NOT NULL,
    "DraftedAt" TEXT NULL,
    "ScheduledAt" TEXT NULL,
    "StatusCheckDraftedAt" TEXT NULL,
    "CompletedAt" TEXT NULL,
    "CompletedReason" TEXT NULL,
    "ReplyMessageId" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL
);


CREATE TABLE "scan_runs" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_scan_runs" PRIMARY KEY AUTOINCREMENT,
    "MailboxId" TEXT NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "FinishedAt" TEXT NULL,
    "Outcome" TEXT NOT NULL,
    "DraftsCreated" INTEGER NOT NULL,
    "TasksCreated" INTEGER NOT NULL,
    "Completed" INTEGER NOT NULL,
    "GraphRequests" INTEGER NOT NULL
);


CREATE TABLE "subscriptions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_subscriptions" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "Resource" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "ClientState" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "users" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_users" PRIMARY KEY,
    "ObjectId" TEXT NOT NULL,
    "TenantId" TEXT NOT NULL,
    "AutoMode" INTEGER NOT NULL,
    "DefaultBusinessDays" INTEGER NOT NULL,
    "GraceDays" INTEGER NOT NULL,
    "Signature" TEXT NULL,
    "SessionArmed" INTEGER NOT NULL,
    "SessionArmedAt" TEXT NULL,
    "PausedReason" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "LastSeenAt" TEXT NOT NULL
);


CREATE TABLE "work_items" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_work_items" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Subject" TEXT NULL,
    "DedupeKey" TEXT NOT NULL,
    "DueAt" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "LockedUntil" TEXT NULL,
    "LockedBy" TEXT NULL,
    "CompletedAt" TEXT NULL,
    "LastError" TEXT NULL,
    "CreatedAt" TEXT NOT NULL
);


CREATE TABLE "drafts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_drafts" PRIMARY KEY AUTOINCREMENT,
    "FollowUpRecordId" INTEGER NOT NULL,
    "Key" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Recipient" TEXT NOT NULL,
    "MessageId" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_drafts_follow_ups_FollowUpRecordId" FOREIGN KEY ("FollowUpRecordId") REFERENCES "follow_ups" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_activity_UserId_At" ON "activity" ("UserId", "At");


CREATE INDEX "IX_cache_entries_ExpiresAt" ON "cache_entries" ("ExpiresAt");


CREATE UNIQUE INDEX "IX_drafts_FollowUpRecordId_Key" ON "drafts" ("FollowUpRecordId", "Key");


CREATE UNIQUE INDEX "IX_follow_ups_MailboxId_FollowUpId" ON "follow_ups" ("MailboxId", "FollowUpId");


CREATE INDEX "IX_follow_ups_MailboxId_State" ON "follow_ups" ("MailboxId", "State");


CREATE INDEX "IX_scan_runs_MailboxId_StartedAt" ON "scan_runs" ("MailboxId", "StartedAt");


CREATE INDEX "IX_subscriptions_UserId" ON "subscriptions" ("UserId");


CREATE INDEX "IX_work_items_CompletedAt_DueAt" ON "work_items" ("CompletedAt", "DueAt");


CREATE INDEX "IX_work_items_DedupeKey" ON "work_items" ("DedupeKey");


CREATE INDEX "IX_work_items_UserId" ON "work_items" ("UserId");


